using Microsoft.EntityFrameworkCore;
using OpenChorus.Web.Data;
using OpenChorus.Web.Features.Shared;
using OpenChorus.Web.Features.Structures.Access;
using OpenChorus.Web.Features.Structures.History;

namespace OpenChorus.Web.Features.Structures.Spaces;

/// <summary>A manager sets a member's subscriptions directly, without a request: a mode per open espace, or none.</summary>
public sealed class SetSubscription(AppDbContext db, AccessService access, ManagerLog log, TimeProvider clock)
{
    public async Task<Outcome> HandleAsync(
        Guid managerId, int structureId, Guid userId, IReadOnlyDictionary<Space, AccessMode?> modes, CancellationToken cancellationToken)
    {
        if (!await access.IsManagerAsync(managerId, structureId, cancellationToken) || !await access.IsMemberAsync(userId, structureId, cancellationToken))
        {
            return Outcome.Denied();
        }

        var open = await db.StructureSpaces.Where(o => o.StructureId == structureId).Select(o => o.Space).ToListAsync(cancellationToken);
        var current = await db.Subscriptions.Where(s => s.StructureId == structureId && s.UserId == userId).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var (space, mode) in modes.Where(m => open.Contains(m.Key)))
        {
            var existing = current.SingleOrDefault(s => s.Space == space);
            if (existing?.Mode == mode)
            {
                continue;
            }

            if (mode is null)
            {
                db.Subscriptions.Remove(existing!);
                log.Add(structureId, managerId, "Abonnement retiré", userId, space.Label());
                continue;
            }

            await UpsertAsync(db, structureId, userId, space, mode.Value, now, cancellationToken);
            log.Add(structureId, managerId, "Abonnement modifié", userId, $"{space.Label()} : {mode.Value.Label()}");
        }

        return await db.TrySaveChangesAsync(cancellationToken) ? Outcome.Ok() : Outcome.Fail(ChangedMeanwhile);
    }

    public const string ChangedMeanwhile = "Ces abonnements viennent d'être modifiés par ailleurs : rien n'a été enregistré, vérifiez-les et recommencez.";

    /// <summary>Creates the subscription or changes its mode, and closes any pending request for it.</summary>
    public static async Task UpsertAsync(AppDbContext db, int structureId, Guid userId, Space space, AccessMode mode, DateTime now, CancellationToken cancellationToken)
    {
        var existing = await db.Subscriptions.SingleOrDefaultAsync(s => s.StructureId == structureId && s.UserId == userId && s.Space == space, cancellationToken);
        if (existing is null)
        {
            db.Subscriptions.Add(new Subscription { StructureId = structureId, UserId = userId, Space = space, Mode = mode, CreatedAtUtc = now });
        }
        else
        {
            existing.Mode = mode;
        }

        await db.SubscriptionRequests
            .Where(r => r.StructureId == structureId && r.UserId == userId && r.Space == space && r.Status == RequestStatus.Pending)
            .ForEachAsync(r => (r.Status, r.DecidedAtUtc) = (RequestStatus.Accepted, now), cancellationToken);
    }
}
