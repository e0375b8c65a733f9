using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OpenChorus.Web.Data;
using OpenChorus.Web.Features.Structures;
using OpenChorus.Web.Features.Structures.Access;

namespace OpenChorus.Web.Features.Invoices.Emises;

/// <summary>/factures-emises: the "Synthèse" of Factures émises, the supplier's work list: drafts not sent (with a
/// banner, the most common support question; PDFs deposited through the API and not submitted are drafts too), suspended invoices to complete, invoices to recycle, rejections not yet
/// processed; then the last invoices sent.</summary>
public sealed class IndexModel(AppDbContext db, AccessService access) : PageModel
{
    public const int LastSentCount = 10;

    public IReadOnlyList<InvoiceRow> Drafts { get; private set; } = [];

    public IReadOnlyList<InvoiceRow> ToComplete { get; private set; } = [];

    public IReadOnlyList<InvoiceRow> ToRecycle { get; private set; } = [];

    public IReadOnlyList<InvoiceRow> Rejected { get; private set; } = [];

    public IReadOnlyList<InvoiceRow> LastSent { get; private set; } = [];

    public IReadOnlySet<int> Modifiable { get; private set; } = new HashSet<int>();

    public IReadOnlyList<SpaceAccess> Accesses { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var userId = User.UserId();
        var scope = await access.InvoiceScopeAsync(userId, Space.FacturesEmises, AccessMode.Consultation, cancellationToken);
        if (scope.IsEmpty)
        {
            return NotFound();
        }

        Accesses = await access.AccessesToAsync(userId, Space.FacturesEmises, cancellationToken);
        Modifiable = Accesses.Where(a => a.Mode == AccessMode.Modification).Select(a => a.StructureId).ToHashSet();
        var visible = db.Invoices.AsNoTracking().VisibleIn(scope);
        var work = await visible
            .Where(i => i.Status == InvoiceStatus.Brouillon || i.Status == InvoiceStatus.InterpreteeOcr || i.Status == InvoiceStatus.Suspendue || i.Status == InvoiceStatus.ARecycler
                        || (i.Status == InvoiceStatus.Rejetee && i.RejectionAcknowledgedAtUtc == null))
            .OrderByDescending(i => i.UpdatedAtUtc).AsRows().ToListAsync(cancellationToken);
        Drafts = work.Where(r => r.Status.IsDraft()).ToList();
        ToComplete = work.Where(r => r.Status == InvoiceStatus.Suspendue).ToList();
        ToRecycle = work.Where(r => r.Status == InvoiceStatus.ARecycler).ToList();
        Rejected = work.Where(r => r.Status == InvoiceStatus.Rejetee).ToList();
        LastSent = await visible.Where(i => i.SentAtUtc != null).OrderByDescending(i => i.SentAtUtc).ThenByDescending(i => i.Id)
            .Take(LastSentCount).AsRows().ToListAsync(cancellationToken);
        return Page();
    }
}
