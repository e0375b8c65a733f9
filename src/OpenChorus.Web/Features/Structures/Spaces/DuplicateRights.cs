using Microsoft.EntityFrameworkCore;
using OpenChorus.Web.Data;
using OpenChorus.Web.Features.Structures.Access;
using OpenChorus.Web.Features.Structures.History;

namespace OpenChorus.Web.Features.Structures.Spaces;

/// <summary>
/// "Duplication des droits" (DOMAIN.md §1.3): the target member gets exactly the source member's subscriptions, on the
/// structure the manager started from and, when asked, on every other structure the manager manages where both users
/// are attached. Never on a structure the manager does not manage. Service limits ("Factures reçues" restricted to some
/// services) are rights too: the target gets the source's, or none when the source sees the whole structure.
/// </summary>
public sealed class DuplicateRights(AppDbContext db, AccessService access, ManagerLog log, TimeProvider clock)
{
    public async Task<Outcome> HandleAsync(
        Guid managerId, int structureId, Guid fromUserId, Guid toUserId, bool everyStructure, CancellationToken cancellationToken)
    {
        if (!await access.IsManagerAsync(managerId, structureId, cancellationToken)
            || !await access.IsMemberAsync(fromUserId, structureId, cancellationToken)
            || !await access.IsMemberAsync(toUserId, structureId, cancellationToken))
        {
            return Outcome.Denied();
        }

        if (fromUserId == toUserId)
        {
            return Outcome.Fail("Choisissez deux utilisateurs différents.", "ToUserId");
        }

        var structureIds = everyStructure ? await SharedStructuresAsync(managerId, fromUserId, toUserId, cancellationToken) : [structureId];
        var source = await db.Subscriptions.Where(s => structureIds.Contains(s.StructureId) && s.UserId == fromUserId).ToListAsync(cancellationToken);
        var target = await db.Subscriptions.Where(s => structureIds.Contains(s.StructureId) && s.UserId == toUserId).ToListAsync(cancellationToken);
        await CopyServiceLimitsAsync(structureIds, fromUserId, toUserId, cancellationToken);
        var fromEmail = await db.Users.Where(u => u.Id == fromUserId).Select(u => u.Email).SingleAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var id in structureIds)
        {
            Copy(id, source.Where(s => s.StructureId == id).ToList(), target.Where(t => t.StructureId == id).ToList(), toUserId, now);
            log.Add(id, managerId, "Duplication des droits", toUserId, $"Droits copiés depuis {fromEmail}");
        }

        return await db.TrySaveChangesAsync(cancellationToken) ? Outcome.Ok() : Outcome.Fail(SetSubscription.ChangedMeanwhile);
    }

    /// <summary>The structures the manager manages (principal or secondaire) where both users are attached.</summary>
    private Task<List<int>> SharedStructuresAsync(Guid managerId, Guid fromUserId, Guid toUserId, CancellationToken cancellationToken) =>
        db.Memberships
            .Where(m => m.UserId == managerId && (m.Role == StructureRole.PrincipalManager || m.Role == StructureRole.SecondaryManager))
            .Select(m => m.StructureId)
            .Where(id => db.Memberships.Any(m => m.StructureId == id && m.UserId == fromUserId)
                         && db.Memberships.Any(m => m.StructureId == id && m.UserId == toUserId))
            .ToListAsync(cancellationToken);

    private async Task CopyServiceLimitsAsync(List<int> structureIds, Guid fromUserId, Guid toUserId, CancellationToken cancellationToken)
    {
        var limits = db.ServiceRestrictions.Where(r => structureIds.Contains(r.StructureId));
        db.ServiceRestrictions.RemoveRange(await limits.Where(r => r.UserId == toUserId).ToListAsync(cancellationToken));
        db.ServiceRestrictions.AddRange(await limits.Where(r => r.UserId == fromUserId)
            .Select(r => new ServiceRestriction { StructureId = r.StructureId, UserId = toUserId, ServiceId = r.ServiceId })
            .ToListAsync(cancellationToken));
    }

    private void Copy(int structureId, List<Subscription> source, List<Subscription> target, Guid toUserId, DateTime now)
    {
        db.Subscriptions.RemoveRange(target.Where(t => source.All(s => s.Space != t.Space)));
        foreach (var subscription in source)
        {
            if (target.SingleOrDefault(t => t.Space == subscription.Space) is { } existing)
            {
                existing.Mode = subscription.Mode;
            }
            else
            {
                db.Subscriptions.Add(new Subscription { StructureId = structureId, UserId = toUserId, Space = subscription.Space, Mode = subscription.Mode, CreatedAtUtc = now });
            }
        }
    }
}
