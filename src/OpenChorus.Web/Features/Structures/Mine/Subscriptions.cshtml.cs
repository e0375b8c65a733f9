using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OpenChorus.Web.Data;
using OpenChorus.Web.Features.Structures.Access;
using OpenChorus.Web.Features.Structures.Spaces;

namespace OpenChorus.Web.Features.Structures.Mine;

/// <summary>"Mon compte" > "Mes abonnements aux espaces": my subscriptions and my pending requests.</summary>
public sealed class SubscriptionsModel(AppDbContext db, Unsubscribe unsubscribe) : PageModel
{
    public IReadOnlyList<SubscriptionRow> Rows { get; private set; } = [];

    public IReadOnlyList<SubscriptionRow> Pending { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var userId = User.UserId();
        Rows = await db.Subscriptions.Where(s => s.UserId == userId)
            .OrderBy(s => s.Structure!.CompanyName).ThenBy(s => s.Space)
            .Select(s => new SubscriptionRow(s.Id, s.Structure!.CompanyName, s.Space, s.Mode))
            .ToListAsync(cancellationToken);
        Pending = await (from r in db.SubscriptionRequests
                         join st in db.Structures on r.StructureId equals st.Id
                         where r.UserId == userId && r.Status == RequestStatus.Pending
                         select new SubscriptionRow(r.Id, st.CompanyName, r.Space, r.Mode)).ToListAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostRemoveAsync(int subscriptionId, CancellationToken cancellationToken)
    {
        var outcome = await unsubscribe.HandleAsync(User.UserId(), subscriptionId, cancellationToken);
        if (outcome.IsDenied)
        {
            return NotFound();
        }

        TempData["Success"] = "L'abonnement est supprimé.";
        return Redirect("/structures/mine/subscriptions");
    }
}

public sealed record SubscriptionRow(int Id, string CompanyName, Space Space, AccessMode Mode);
