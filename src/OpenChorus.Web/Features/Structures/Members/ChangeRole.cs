using Microsoft.EntityFrameworkCore;
using OpenChorus.Web.Data;
using OpenChorus.Web.Features.Shared;
using OpenChorus.Web.Features.Structures.Access;
using OpenChorus.Web.Features.Structures.History;

namespace OpenChorus.Web.Features.Structures.Members;

/// <summary>A manager makes a user gestionnaire secondaire or utilisateur. The principal's role only moves by transfer.</summary>
public sealed class ChangeRole(AppDbContext db, AccessService access, ManagerLog log)
{
    public async Task<Outcome> HandleAsync(Guid managerId, int structureId, Guid userId, StructureRole role, CancellationToken cancellationToken)
    {
        var membership = await db.Memberships.SingleOrDefaultAsync(m => m.StructureId == structureId && m.UserId == userId, cancellationToken);
        // A technical account keeps the simple role it was created with: it is managed on its own page.
        if (membership is null || !await access.IsManagerAsync(managerId, structureId, cancellationToken)
            || await db.TechnicalAccounts.AnyAsync(a => a.UserId == userId, cancellationToken))
        {
            return Outcome.Denied();
        }

        if (membership.Role == StructureRole.PrincipalManager || role == StructureRole.PrincipalManager)
        {
            return Outcome.Fail("Le rôle de gestionnaire principal ne change que par transfert, depuis Mes rattachements aux structures.");
        }

        if (membership.Role == role)
        {
            return Outcome.Ok();
        }

        log.Add(structureId, managerId, "Rôle modifié", userId, $"{membership.Role.Label()} → {role.Label()}");
        membership.Role = role;
        await db.SaveChangesAsync(cancellationToken);
        return Outcome.Ok();
    }
}
