using Microsoft.EntityFrameworkCore;
using OpenChorus.Web.Data;
using OpenChorus.Web.Features.Accounts;
using OpenChorus.Web.Features.Shared;
using OpenChorus.Web.Features.Structures;
using OpenChorus.Web.Features.Structures.Access;
using OpenChorus.Web.Features.Structures.History;

namespace OpenChorus.Web.Features.Api.Accounts;

/// <summary>A technical account created or given a new password: the password is in clear here and nowhere else.</summary>
public sealed record IssuedPassword(Outcome Outcome, string? Login = null, string? Password = null, DateTime? ExpiresAtUtc = null);

/// <summary>What the gestionnaire principal does with technical accounts ("Raccordements" › "Compte technique"):
/// create one with the spaces it may use, give it a new password, revoke it. Nobody else may.</summary>
public sealed class TechnicalAccounts(AppDbContext db, AccessService access, ManagerLog log, TimeProvider clock)
{
    public async Task<IssuedPassword> CreateAsync(
        Guid principalId, int structureId, IReadOnlyDictionary<Space, AccessMode> spaces, CancellationToken cancellationToken)
    {
        if (!await access.IsPrincipalAsync(principalId, structureId, cancellationToken))
        {
            return new IssuedPassword(Outcome.Denied());
        }

        var open = await db.StructureSpaces.Where(o => o.StructureId == structureId).Select(o => o.Space).ToListAsync(cancellationToken);
        var chosen = spaces.Where(s => open.Contains(s.Key)).ToList();
        if (chosen.Count == 0)
        {
            return new IssuedPassword(Outcome.Fail("Choisissez au moins un espace ouvert sur la structure pour ce compte technique.", "Spaces"));
        }

        var structure = await db.Structures.SingleAsync(s => s.Id == structureId, cancellationToken);
        var rank = await db.TechnicalAccounts.CountAsync(a => a.StructureId == structureId, cancellationToken) + 1;
        var login = $"TECH_{rank}_{structure.Identifier}@cpro.fr";
        var now = clock.GetUtcNow().UtcDateTime;
        var user = new AppUser
        {
            Id = Guid.CreateVersion7(),
            UserName = login,
            NormalizedUserName = login.ToUpperInvariant(),
            Email = login,
            NormalizedEmail = login.ToUpperInvariant(),
            LastName = "Compte technique",
            FirstName = $"API {rank}",
            ContactEmail = login,
            NotifyInvoicing = false,
            CreatedAtUtc = now,
            SecurityStamp = Guid.NewGuid().ToString("N"),
        };
        db.Users.Add(user);
        db.Memberships.Add(new Membership { StructureId = structureId, UserId = user.Id, Role = StructureRole.User, CreatedAtUtc = now });
        foreach (var (space, mode) in chosen)
        {
            db.Subscriptions.Add(new Subscription { StructureId = structureId, UserId = user.Id, Space = space, Mode = mode, CreatedAtUtc = now });
        }

        var password = TechnicalPasswords.Generate();
        var account = new TechnicalAccount
        {
            StructureId = structureId,
            UserId = user.Id,
            Login = login,
            PasswordHash = TechnicalPasswords.Hash(password),
            PasswordSetAtUtc = now,
            PasswordExpiresAtUtc = now + TechnicalAccount.PasswordLifetime,
            CreatedAtUtc = now,
            CreatedByUserId = principalId,
        };
        db.TechnicalAccounts.Add(account);
        log.Add(structureId, principalId, "Création d'un compte technique", user.Id,
            string.Join(", ", chosen.Select(s => $"{s.Key.Label()} ({(s.Value == AccessMode.Modification ? "modification" : "consultation")})")));
        await db.SaveChangesAsync(cancellationToken);
        return new IssuedPassword(Outcome.Ok(account.Id), login, password, account.PasswordExpiresAtUtc);
    }

    public async Task<IssuedPassword> ResetPasswordAsync(Guid principalId, int structureId, int accountId, CancellationToken cancellationToken)
    {
        var account = await FindAsync(principalId, structureId, accountId, cancellationToken);
        if (account is null)
        {
            return new IssuedPassword(Outcome.Denied());
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var password = TechnicalPasswords.Generate();
        account.PasswordHash = TechnicalPasswords.Hash(password);
        account.PasswordSetAtUtc = now;
        account.PasswordExpiresAtUtc = now + TechnicalAccount.PasswordLifetime;
        account.RevokedAtUtc = null;
        log.Add(structureId, principalId, "Nouveau mot de passe du compte technique", account.UserId, account.Login);
        await db.SaveChangesAsync(cancellationToken);
        return new IssuedPassword(Outcome.Ok(account.Id), account.Login, password, account.PasswordExpiresAtUtc);
    }

    public async Task<Outcome> RevokeAsync(Guid principalId, int structureId, int accountId, CancellationToken cancellationToken)
    {
        var account = await FindAsync(principalId, structureId, accountId, cancellationToken);
        if (account is null)
        {
            return Outcome.Denied();
        }

        account.RevokedAtUtc = clock.GetUtcNow().UtcDateTime;
        log.Add(structureId, principalId, "Révocation du compte technique", account.UserId, account.Login);
        await db.SaveChangesAsync(cancellationToken);
        return Outcome.Ok(account.Id);
    }

    private async Task<TechnicalAccount?> FindAsync(Guid principalId, int structureId, int accountId, CancellationToken cancellationToken) =>
        await access.IsPrincipalAsync(principalId, structureId, cancellationToken)
            ? await db.TechnicalAccounts.SingleOrDefaultAsync(a => a.Id == accountId && a.StructureId == structureId, cancellationToken)
            : null;
}
