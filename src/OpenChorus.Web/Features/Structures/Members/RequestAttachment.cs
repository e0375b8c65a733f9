using Microsoft.EntityFrameworkCore;
using OpenChorus.Web.Data;

namespace OpenChorus.Web.Features.Structures.Members;

/// <summary>"Demande de rattachement": a user asks to join a structure; its managers validate it.</summary>
public sealed class RequestAttachment(AppDbContext db, TimeProvider clock)
{
    private static readonly Outcome AlreadyPending =
        Outcome.Fail("Une demande de rattachement à cette structure est déjà en cours de validation.");

    public async Task<Outcome> HandleAsync(Guid userId, int structureId, CancellationToken cancellationToken)
    {
        if (!await db.Structures.AnyAsync(s => s.Id == structureId && s.IsActive, cancellationToken))
        {
            return Outcome.Denied();
        }

        if (await db.Memberships.AnyAsync(m => m.StructureId == structureId && m.UserId == userId, cancellationToken))
        {
            return Outcome.Fail("Vous êtes déjà rattaché à cette structure.");
        }

        if (await db.AttachmentRequests.AnyAsync(r => r.StructureId == structureId && r.UserId == userId && r.Status == RequestStatus.Pending, cancellationToken))
        {
            return AlreadyPending;
        }

        var request = new AttachmentRequest
        {
            StructureId = structureId,
            UserId = userId,
            Status = RequestStatus.Pending,
            RequestedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.AttachmentRequests.Add(request);
        return await db.TrySaveChangesAsync(cancellationToken) ? Outcome.Ok(request.Id) : AlreadyPending;
    }
}
