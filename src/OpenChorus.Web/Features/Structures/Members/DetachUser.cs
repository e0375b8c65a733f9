using Microsoft.EntityFrameworkCore;
using OpenChorus.Web.Data;
using OpenChorus.Web.Features.Structures.Access;
using OpenChorus.Web.Features.Structures.History;

namespace OpenChorus.Web.Features.Structures.Members;

/// <summary>A manager detaches a user who left: membership, subscriptions, service limits and pending requests go.</summary>
public sealed class DetachUser(AppDbContext db, AccessService access, ManagerLog log)
{
    public async Task<Outcome> HandleAsync(Guid managerId, int structureId, Guid userId, CancellationToken cancellationToken)
    {
        var membership = await db.Memberships.SingleOrDefaultAsync(m => m.StructureId == structureId && m.UserId == userId, cancellationToken);
        if (membership is null || !await access.IsManagerAsync(managerId, structureId, cancellationToken))
        {
            return Outcome.Denied();
        }

        if (membership.Role == StructureRole.PrincipalManager)
        {
            return Outcome.Fail("Le gestionnaire principal ne peut pas être détaché : transférez d'abord son rôle.");
        }

        db.Memberships.Remove(membership);
        db.Subscriptions.RemoveRange(db.Subscriptions.Where(s => s.StructureId == structureId && s.UserId == userId));
        db.ServiceRestrictions.RemoveRange(db.ServiceRestrictions.Where(r => r.StructureId == structureId && r.UserId == userId));
        db.SubscriptionRequests.RemoveRange(db.SubscriptionRequests.Where(r => r.StructureId == structureId && r.UserId == userId && r.Status == RequestStatus.Pending));
        log.Add(structureId, managerId, "Utilisateur détaché", userId);
        await db.SaveChangesAsync(cancellationToken);
        return Outcome.Ok();
    }
}
