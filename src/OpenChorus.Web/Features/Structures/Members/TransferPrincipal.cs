using Microsoft.EntityFrameworkCore;
using OpenChorus.Web.Data;
using OpenChorus.Web.Features.Structures.Access;
using OpenChorus.Web.Features.Structures.History;
using OpenChorus.Web.Platform.Mail;

namespace OpenChorus.Web.Features.Structures.Members;

/// <summary>
/// "Transférer le rôle de gestionnaire principal": the principal hands the role to an active account already attached
/// to the structure (found by login e-mail) and becomes gestionnaire secondaire.
/// </summary>
public sealed class TransferPrincipal(AppDbContext db, AccessService access, ManagerLog log, Mailer mailer)
{
    public async Task<Outcome> HandleAsync(Guid principalId, int structureId, string newPrincipalEmail, CancellationToken cancellationToken)
    {
        var current = await db.Memberships.Include(m => m.Structure)
            .SingleOrDefaultAsync(m => m.StructureId == structureId && m.UserId == principalId && m.Role == StructureRole.PrincipalManager, cancellationToken);
        if (current is null)
        {
            return Outcome.Denied();
        }

        var normalized = (newPrincipalEmail ?? "").Trim().ToUpperInvariant();
        var user = await db.Users.SingleOrDefaultAsync(u => u.NormalizedEmail == normalized, cancellationToken);
        var target = user is null ? null
            : await db.Memberships.SingleOrDefaultAsync(m => m.StructureId == structureId && m.UserId == user.Id, cancellationToken);
        if (user is null || target is null || !await access.IsActiveAccountAsync(user.Id, cancellationToken))
        {
            return Outcome.Fail("Le nouveau gestionnaire principal doit avoir un compte actif rattaché à la structure.", "Email");
        }

        if (target.Id == current.Id)
        {
            return Outcome.Fail("Vous êtes déjà le gestionnaire principal de cette structure.", "Email");
        }

        // Two transfers sent at once (two tabs) both find the caller principal above. Only the one that still demotes
        // the principal here goes on, so the structure never ends with two principals.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var demoted = await db.Memberships.Where(m => m.Id == current.Id && m.Role == StructureRole.PrincipalManager)
            .ExecuteUpdateAsync(m => m.SetProperty(x => x.Role, StructureRole.SecondaryManager), cancellationToken);
        if (demoted == 0)
        {
            return Outcome.Fail("Le rôle de gestionnaire principal vient d'être transféré par ailleurs : vous n'êtes plus gestionnaire principal de cette structure.", "Email");
        }

        current.Role = StructureRole.SecondaryManager;
        target.Role = StructureRole.PrincipalManager;
        log.Add(structureId, principalId, "Rôle de gestionnaire principal transféré", user.Id);
        var structure = current.Structure!;
        mailer.Queue(user.ContactEmail, $"Vous êtes gestionnaire principal de {structure.CompanyName}",
            $"Bonjour {user.DisplayName},\n\nLe rôle de gestionnaire principal de la structure {structure.CompanyName} ({structure.Identifier}) vous a été transféré.\n");
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Outcome.Ok();
    }
}
