using Microsoft.EntityFrameworkCore;
using OpenChorus.Web.Data;
using OpenChorus.Web.Features.Structures.Access;
using OpenChorus.Web.Features.Structures.History;

namespace OpenChorus.Web.Features.Structures.Spaces;

/// <summary>"Duplication des droits": the target member gets exactly the source member's subscriptions on the structure.</summary>
public sealed class DuplicateRights(AppDbContext db, AccessService access, ManagerLog log, TimeProvider clock)
{
    public async Task<Outcome> HandleAsync(Guid managerId, int structureId, Guid fromUserId, Guid toUserId, CancellationToken cancellationToken)
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

        var source = await db.Subscriptions.Where(s => s.StructureId == structureId && s.UserId == fromUserId).ToListAsync(cancellationToken);
        var target = await db.Subscriptions.Where(s => s.StructureId == structureId && s.UserId == toUserId).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
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

        var fromEmail = await db.Users.Where(u => u.Id == fromUserId).Select(u => u.Email).SingleAsync(cancellationToken);
        log.Add(structureId, managerId, "Duplication des droits", toUserId, $"Droits copiés depuis {fromEmail}");
        return await db.TrySaveChangesAsync(cancellationToken) ? Outcome.Ok() : Outcome.Fail(SetSubscription.ChangedMeanwhile);
    }
}
