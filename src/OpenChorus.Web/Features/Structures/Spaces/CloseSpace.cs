using Microsoft.EntityFrameworkCore;
using OpenChorus.Web.Data;
using OpenChorus.Web.Features.Shared;
using OpenChorus.Web.Features.Structures.Access;
using OpenChorus.Web.Features.Structures.History;

namespace OpenChorus.Web.Features.Structures.Spaces;

/// <summary>A manager closes an espace on the structure: its subscriptions and pending requests go with it.</summary>
public sealed class CloseSpace(AppDbContext db, AccessService access, ManagerLog log)
{
    public async Task<Outcome> HandleAsync(Guid managerId, int structureId, Space space, CancellationToken cancellationToken)
    {
        var opened = await db.StructureSpaces.SingleOrDefaultAsync(o => o.StructureId == structureId && o.Space == space, cancellationToken);
        if (opened is null || !await access.IsManagerAsync(managerId, structureId, cancellationToken))
        {
            return Outcome.Denied();
        }

        db.StructureSpaces.Remove(opened);
        db.Subscriptions.RemoveRange(db.Subscriptions.Where(s => s.StructureId == structureId && s.Space == space));
        db.SubscriptionRequests.RemoveRange(db.SubscriptionRequests.Where(r => r.StructureId == structureId && r.Space == space && r.Status == RequestStatus.Pending));
        log.Add(structureId, managerId, "Espace fermé", details: space.Label());
        await db.SaveChangesAsync(cancellationToken);
        return Outcome.Ok();
    }
}
