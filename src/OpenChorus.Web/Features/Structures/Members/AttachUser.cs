using Microsoft.EntityFrameworkCore;
using OpenChorus.Web.Data;
using OpenChorus.Web.Features.Structures.Access;
using OpenChorus.Web.Features.Structures.History;
using OpenChorus.Web.Platform.Mail;

namespace OpenChorus.Web.Features.Structures.Members;

/// <summary>A manager attaches an active account, found by its login e-mail, to the structure on their own initiative.</summary>
public sealed class AttachUser(AppDbContext db, AccessService access, ManagerLog log, Mailer mailer, TimeProvider clock)
{
    public const string AlreadyAttached = "Cet utilisateur est déjà rattaché à la structure.";

    public async Task<Outcome> HandleAsync(Guid managerId, int structureId, string loginEmail, CancellationToken cancellationToken)
    {
        if (!await access.IsManagerAsync(managerId, structureId, cancellationToken))
        {
            return Outcome.Denied();
        }

        var normalized = loginEmail.Trim().ToUpperInvariant();
        var user = await db.Users.SingleOrDefaultAsync(u => u.NormalizedEmail == normalized, cancellationToken);
        if (user is null || !await access.IsActiveAccountAsync(user.Id, cancellationToken))
        {
            return Outcome.Fail("Aucun compte actif n'a cette adresse de connexion.", "Email");
        }

        if (await access.IsMemberAsync(user.Id, structureId, cancellationToken))
        {
            return Outcome.Fail(AlreadyAttached, "Email");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        await Join.AddMemberAsync(db, structureId, user.Id, now, cancellationToken);
        await db.AttachmentRequests.Where(r => r.StructureId == structureId && r.UserId == user.Id && r.Status == RequestStatus.Pending)
            .ForEachAsync(r => (r.Status, r.DecidedAtUtc, r.DecidedByUserId) = (RequestStatus.Accepted, now, managerId), cancellationToken);
        var structure = await db.Structures.SingleAsync(s => s.Id == structureId, cancellationToken);
        log.Add(structureId, managerId, "Utilisateur rattaché", user.Id);
        mailer.Queue(user.ContactEmail, $"Vous êtes rattaché à {structure.CompanyName}",
            $"Bonjour {user.DisplayName},\n\nUn gestionnaire vous a rattaché à la structure {structure.CompanyName} ({structure.Identifier}).\n");
        return await db.TrySaveChangesAsync(cancellationToken) ? Outcome.Ok() : Outcome.Fail(AlreadyAttached, "Email");
    }
}
