using System.Text;
using Microsoft.EntityFrameworkCore;
using OpenChorus.Web.Data;

namespace OpenChorus.Web.Features.Api.Accounts;

/// <summary>Who calls the API: the technical account's user and the structure it acts for.</summary>
public sealed record CproCaller(Guid UserId, int StructureId, string Login);

/// <summary>The answer to a <c>cpro-account</c> header: the caller, or why it is refused (a French sentence).</summary>
public sealed record CproAccountResult(CproCaller? Caller, string? Refusal);

/// <summary>Reads <c>cpro-account: base64(login:password)</c> and checks it against the technical accounts: known
/// login, right password, not expired, not revoked, structure active.</summary>
public sealed class CproAccountCheck(AppDbContext db, TimeProvider clock)
{
    public const string Header = "cpro-account";

    // Asked on every API call: compiled once.
    private static readonly Func<AppDbContext, string, CancellationToken, Task<StoredAccount?>> Find = EF.CompileAsyncQuery(
        (AppDbContext db, string login, CancellationToken _) => db.TechnicalAccounts.AsNoTracking()
            .Where(a => a.Login == login)
            .Select(a => new StoredAccount(a.UserId, a.StructureId, a.Login, a.PasswordHash, a.PasswordExpiresAtUtc, a.RevokedAtUtc, a.Structure!.IsActive))
            .SingleOrDefault());

    public async Task<CproAccountResult> CheckAsync(string? header, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(header))
        {
            return Refuse("l'en-tête cpro-account est absent : il doit contenir le compte technique, base64(login:mot de passe).");
        }

        if (Decode(header) is not var (login, password))
        {
            return Refuse("l'en-tête cpro-account n'est pas au format base64(login:mot de passe).");
        }

        var account = await Find(db, login, cancellationToken);
        if (account is null || !TechnicalPasswords.Matches(password, account.PasswordHash))
        {
            return Refuse("le compte technique ou son mot de passe est inconnu.");
        }

        if (account.RevokedAtUtc is not null)
        {
            return Refuse("ce compte technique a été révoqué par le gestionnaire principal de la structure.");
        }

        if (account.PasswordExpiresAtUtc <= clock.GetUtcNow().UtcDateTime)
        {
            return Refuse($"le mot de passe du compte technique a expiré le {account.PasswordExpiresAtUtc:dd/MM/yyyy} : " +
                          "le gestionnaire principal de la structure doit en générer un nouveau (Raccordements › Comptes techniques).");
        }

        return account.IsActive
            ? new CproAccountResult(new CproCaller(account.UserId, account.StructureId, account.Login), null)
            : Refuse("la structure de ce compte technique est désactivée.");
    }

    private static CproAccountResult Refuse(string reason) => new(null, reason);

    private sealed record StoredAccount(
        Guid UserId, int StructureId, string Login, byte[] PasswordHash, DateTime PasswordExpiresAtUtc, DateTime? RevokedAtUtc, bool IsActive);

    private static (string Login, string Password)? Decode(string header)
    {
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(header.Trim()));
            var colon = text.IndexOf(':', StringComparison.Ordinal);
            return colon > 0 ? (text[..colon], text[(colon + 1)..]) : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
