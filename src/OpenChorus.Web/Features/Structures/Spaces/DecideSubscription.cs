using Microsoft.EntityFrameworkCore;
using OpenChorus.Web.Data;
using OpenChorus.Web.Features.Shared;
using OpenChorus.Web.Features.Structures.Access;
using OpenChorus.Web.Features.Structures.History;
using OpenChorus.Web.Platform.Mail;

namespace OpenChorus.Web.Features.Structures.Spaces;

/// <summary>A manager validates or refuses (with a reason) a demande d'abonnement; the user is told by e-mail.</summary>
public sealed class DecideSubscription(AppDbContext db, AccessService access, ManagerLog log, Mailer mailer, TimeProvider clock)
{
    public async Task<Outcome> HandleAsync(Guid managerId, int requestId, bool accept, string? reason, CancellationToken cancellationToken)
    {
        var request = await db.SubscriptionRequests.SingleOrDefaultAsync(r => r.Id == requestId && r.Status == RequestStatus.Pending, cancellationToken);
        if (request is null || !await access.IsManagerAsync(managerId, request.StructureId, cancellationToken))
        {
            return Outcome.Denied();
        }

        if (!accept && string.IsNullOrWhiteSpace(reason))
        {
            return Outcome.Fail("Le motif du refus est obligatoire.", "Reason");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var what = $"{request.Space.Label()} : {request.Mode.Label()}";
        if (accept)
        {
            await SetSubscription.UpsertAsync(db, request.StructureId, request.UserId, request.Space, request.Mode, now, cancellationToken);
        }

        (request.Status, request.DecidedAtUtc, request.DecidedByUserId) = (accept ? RequestStatus.Accepted : RequestStatus.Refused, now, managerId);
        request.RefusalReason = accept ? null : reason!.Trim();
        log.Add(request.StructureId, managerId, accept ? "Abonnement accepté" : "Abonnement refusé", request.UserId, accept ? what : $"{what} — {request.RefusalReason}");
        var user = await db.Users.SingleAsync(u => u.Id == request.UserId, cancellationToken);
        var structure = await db.Structures.SingleAsync(s => s.Id == request.StructureId, cancellationToken);
        mailer.Queue(user.ContactEmail,
            accept ? $"Votre abonnement à l'espace {request.Space.Label()} est accepté" : $"Votre abonnement à l'espace {request.Space.Label()} est refusé",
            $"Bonjour {user.DisplayName},\n\nVotre demande d'abonnement ({what}) pour la structure {structure.CompanyName} a été {(accept ? "acceptée" : "refusée")}.\n"
            + (accept ? "" : $"Motif : {request.RefusalReason}\n"));
        var structureId = request.StructureId;
        return await db.TrySaveChangesAsync(cancellationToken)
            ? Outcome.Ok(structureId)
            : Outcome.Fail("Cet abonnement existe déjà : la demande a déjà été traitée par un autre gestionnaire.");
    }
}
