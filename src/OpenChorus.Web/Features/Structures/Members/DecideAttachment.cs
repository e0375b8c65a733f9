using Microsoft.EntityFrameworkCore;
using OpenChorus.Web.Data;
using OpenChorus.Web.Features.Structures.Access;
using OpenChorus.Web.Features.Structures.History;
using OpenChorus.Web.Platform.Mail;

namespace OpenChorus.Web.Features.Structures.Members;

/// <summary>A manager accepts or refuses (with a reason) a demande de rattachement; the user is told by e-mail.</summary>
public sealed class DecideAttachment(AppDbContext db, AccessService access, ManagerLog log, Mailer mailer, TimeProvider clock)
{
    public async Task<Outcome> HandleAsync(Guid managerId, int requestId, bool accept, string? reason, CancellationToken cancellationToken)
    {
        var request = await db.AttachmentRequests.Include(r => r.Structure)
            .SingleOrDefaultAsync(r => r.Id == requestId && r.Status == RequestStatus.Pending, cancellationToken);
        if (request is null || !await access.IsManagerAsync(managerId, request.StructureId, cancellationToken))
        {
            return Outcome.Denied();
        }

        if (!accept && string.IsNullOrWhiteSpace(reason))
        {
            return Outcome.Fail("Le motif du refus est obligatoire.", "Reason");
        }

        var user = await db.Users.SingleAsync(u => u.Id == request.UserId, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var structure = request.Structure!;
        request.Status = accept ? RequestStatus.Accepted : RequestStatus.Refused;
        request.DecidedAtUtc = now;
        request.DecidedByUserId = managerId;
        request.RefusalReason = accept ? null : reason!.Trim();
        if (accept && !await access.IsMemberAsync(user.Id, structure.Id, cancellationToken))
        {
            await Join.AddMemberAsync(db, structure.Id, user.Id, now, cancellationToken);
        }

        log.Add(structure.Id, managerId, accept ? "Rattachement accepté" : "Rattachement refusé", user.Id, request.RefusalReason);
        mailer.Queue(
            user.ContactEmail,
            accept ? $"Votre demande de rattachement à {structure.CompanyName} est acceptée" : $"Votre demande de rattachement à {structure.CompanyName} est refusée",
            accept
                ? $"Bonjour {user.DisplayName},\n\nVotre demande de rattachement à la structure {structure.CompanyName} ({structure.Identifier}) a été acceptée.\nVous pouvez maintenant vous abonner à ses espaces dans Mon compte > Mes abonnements aux espaces.\n"
                : $"Bonjour {user.DisplayName},\n\nVotre demande de rattachement à la structure {structure.CompanyName} ({structure.Identifier}) a été refusée.\nMotif : {request.RefusalReason}\n");
        // Another manager may have decided the same request, or attached the user, a moment earlier.
        return await db.TrySaveChangesAsync(cancellationToken)
            ? Outcome.Ok(structure.Id)
            : Outcome.Fail($"{AttachUser.AlreadyAttached} La demande a déjà été traitée par un autre gestionnaire.");
    }
}
