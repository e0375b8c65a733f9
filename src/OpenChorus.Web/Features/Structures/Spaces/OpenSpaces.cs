using Microsoft.EntityFrameworkCore;
using OpenChorus.Web.Data;
using OpenChorus.Web.Features.Shared;
using OpenChorus.Web.Features.Structures.Access;
using OpenChorus.Web.Features.Structures.History;

namespace OpenChorus.Web.Features.Structures.Spaces;

/// <summary>"Ajouter des espaces": a manager opens espaces on the structure; the manager is subscribed to them in
/// Modification so the tab appears at once for them.</summary>
public sealed class OpenSpaces(AppDbContext db, AccessService access, ManagerLog log, TimeProvider clock)
{
    public async Task<Outcome> HandleAsync(Guid managerId, int structureId, IReadOnlyCollection<Space> spaces, CancellationToken cancellationToken)
    {
        if (!await access.IsManagerAsync(managerId, structureId, cancellationToken))
        {
            return Outcome.Denied();
        }

        if (spaces.Count == 0)
        {
            return Outcome.Fail("Sélectionnez au moins un espace.", "Spaces");
        }

        var open = await db.StructureSpaces.Where(o => o.StructureId == structureId).Select(o => o.Space).ToListAsync(cancellationToken);
        var mine = await db.Subscriptions.Where(s => s.StructureId == structureId && s.UserId == managerId).Select(s => s.Space).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var space in spaces.Distinct().Except(open))
        {
            db.StructureSpaces.Add(new StructureSpace { StructureId = structureId, Space = space, OpenedAtUtc = now });
            if (!mine.Contains(space))
            {
                db.Subscriptions.Add(new Subscription { StructureId = structureId, UserId = managerId, Space = space, Mode = AccessMode.Modification, CreatedAtUtc = now });
            }

            log.Add(structureId, managerId, "Espace ouvert", details: space.Label());
        }

        return await db.TrySaveChangesAsync(cancellationToken)
            ? Outcome.Ok()
            : Outcome.Fail("Un autre gestionnaire vient d'ouvrir un de ces espaces : aucun espace n'a été ajouté, vérifiez la liste et recommencez.", "Spaces");
    }
}
