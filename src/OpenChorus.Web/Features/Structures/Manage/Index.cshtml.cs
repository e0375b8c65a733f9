using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OpenChorus.Web.Data;
using OpenChorus.Web.Features.Structures.Access;
using OpenChorus.Web.Features.Structures.Members;
using OpenChorus.Web.Features.Structures.Spaces;

namespace OpenChorus.Web.Features.Structures.Manage;

/// <summary>"Activités du gestionnaire": my managed structures and the requests waiting for a decision.</summary>
public sealed class IndexModel(AppDbContext db, DecideAttachment attachments, DecideSubscription subscriptions) : PageModel
{
    public IReadOnlyList<Mine.AttachmentRow> Structures { get; private set; } = [];

    public IReadOnlyList<PendingRequest> AttachmentRequests { get; private set; } = [];

    public IReadOnlyList<PendingRequest> SubscriptionRequests { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var userId = User.UserId();
        var managed = db.Memberships.Where(m => m.UserId == userId && (m.Role == StructureRole.PrincipalManager || m.Role == StructureRole.SecondaryManager));
        Structures = await managed.OrderBy(m => m.Structure!.CompanyName)
            .Select(m => new Mine.AttachmentRow(m.StructureId, m.Structure!.CompanyName, m.Structure.Identifier, m.Role)).ToListAsync(cancellationToken);
        var ids = managed.Select(m => m.StructureId);
        AttachmentRequests = await (from r in db.AttachmentRequests
                                    join u in db.Users on r.UserId equals u.Id
                                    where r.Status == RequestStatus.Pending && ids.Contains(r.StructureId)
                                    orderby r.RequestedAtUtc
                                    select new PendingRequest(r.Id, r.Structure!.CompanyName, u.FirstName + " " + u.LastName, u.Email!, r.RequestedAtUtc, default, default))
                                   .ToListAsync(cancellationToken);
        SubscriptionRequests = await (from r in db.SubscriptionRequests
                                      join u in db.Users on r.UserId equals u.Id
                                      join s in db.Structures on r.StructureId equals s.Id
                                      where r.Status == RequestStatus.Pending && ids.Contains(r.StructureId)
                                      orderby r.RequestedAtUtc
                                      select new PendingRequest(r.Id, s.CompanyName, u.FirstName + " " + u.LastName, u.Email!, r.RequestedAtUtc, r.Space, r.Mode))
                                     .ToListAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAcceptAttachmentAsync(int requestId, CancellationToken cancellationToken) =>
        Done(await attachments.HandleAsync(User.UserId(), requestId, accept: true, null, cancellationToken), "La demande de rattachement est acceptée ; l'utilisateur en est informé par courriel.");

    public async Task<IActionResult> OnPostRefuseAttachmentAsync(int requestId, string? reason, CancellationToken cancellationToken) =>
        Done(await attachments.HandleAsync(User.UserId(), requestId, accept: false, reason, cancellationToken), "La demande de rattachement est refusée ; l'utilisateur en est informé par courriel.", $"reason-a-{requestId}");

    public async Task<IActionResult> OnPostAcceptSubscriptionAsync(int requestId, CancellationToken cancellationToken) =>
        Done(await subscriptions.HandleAsync(User.UserId(), requestId, accept: true, null, cancellationToken), "La demande d'abonnement est acceptée.");

    public async Task<IActionResult> OnPostRefuseSubscriptionAsync(int requestId, string? reason, CancellationToken cancellationToken) =>
        Done(await subscriptions.HandleAsync(User.UserId(), requestId, accept: false, reason, cancellationToken), "La demande d'abonnement est refusée.", $"reason-s-{requestId}");

    private IActionResult Done(Outcome outcome, string success, string? reasonField = null)
    {
        if (outcome.IsDenied)
        {
            return NotFound();
        }

        // After a refusal without a reason, that request's reason field is shown in error (read by _RefusalReason).
        if (reasonField is not null && outcome.Errors.Any(e => e.Field == "Reason"))
        {
            TempData["ReasonInError"] = reasonField;
        }

        TempData[outcome.Succeeded ? "Success" : "Failure"] = outcome.Succeeded ? success : outcome.Message;
        return Redirect("/structures/manage");
    }
}

public sealed record PendingRequest(int Id, string CompanyName, string UserName, string UserEmail, DateTime At, Space Space, AccessMode Mode);
