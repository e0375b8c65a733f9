using Microsoft.EntityFrameworkCore;
using OpenChorus.Web.Data;
using OpenChorus.Web.Features.Structures.Access;

namespace OpenChorus.Web.Features.Structures.Spaces;

/// <summary>
/// "Ajouter un abonnement": a member subscribes to an espace open on the structure. Immediate for the self-service
/// espaces and for managers; otherwise a request that a manager validates.
/// </summary>
public sealed class Subscribe(AppDbContext db, AccessService access, TimeProvider clock)
{
    public async Task<SubscribeResult> HandleAsync(Guid userId, int structureId, Space space, AccessMode mode, CancellationToken cancellationToken)
    {
        if (!await access.IsMemberAsync(userId, structureId, cancellationToken))
        {
            return new(Outcome.Denied(), Immediate: false);
        }

        if (!await db.StructureSpaces.AnyAsync(o => o.StructureId == structureId && o.Space == space, cancellationToken))
        {
            return new(Outcome.Fail("Cet espace n'est pas ouvert sur la structure : demandez à un gestionnaire de l'ajouter.", "Space"), false);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        if (AccessService.IsSelfService(space) || await access.IsManagerAsync(userId, structureId, cancellationToken))
        {
            await SetSubscription.UpsertAsync(db, structureId, userId, space, mode, now, cancellationToken);
            return await db.TrySaveChangesAsync(cancellationToken)
                ? new(Outcome.Ok(), Immediate: true)
                : new(Outcome.Fail("Vous êtes déjà abonné à cet espace : vérifiez le mode dans Mes abonnements aux espaces.", "Space"), false);
        }

        var alreadyPending = new SubscribeResult(
            Outcome.Fail("Une demande d'abonnement à cet espace est déjà en cours de validation.", "Space"), Immediate: false);
        if (await db.SubscriptionRequests.AnyAsync(r => r.StructureId == structureId && r.UserId == userId && r.Space == space && r.Status == RequestStatus.Pending, cancellationToken))
        {
            return alreadyPending;
        }

        db.SubscriptionRequests.Add(new SubscriptionRequest
        {
            StructureId = structureId,
            UserId = userId,
            Space = space,
            Mode = mode,
            Status = RequestStatus.Pending,
            RequestedAtUtc = now,
        });
        return await db.TrySaveChangesAsync(cancellationToken) ? new(Outcome.Ok(), Immediate: false) : alreadyPending;
    }
}

public sealed record SubscribeResult(Outcome Outcome, bool Immediate);
