using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenChorus.Web.Features.Structures;
using OpenChorus.Web.Features.Structures.Access;

namespace OpenChorus.Web.Features.Invoices.Recues;

/// <summary>/factures-recues, the "Synthèse": the invoices to process (mise à disposition, complétée) of every
/// structure where the user has "Factures reçues", newest first, with a count per structure and status. 403 when the
/// user has the space on no structure.</summary>
public sealed class IndexModel(AccessService access, SearchReceivedInvoices search) : PageModel
{
    public IReadOnlyList<SpaceAccess> Structures { get; private set; } = [];

    public IReadOnlyList<StatusCount> Counts { get; private set; } = [];

    public ReceivedInvoicePage Results { get; private set; } = new([], 0, 1, ReceivedInvoiceFilter.MinPageSize);

    public SearchForm Form { get; private set; } = new();

    public int CountOf(int structureId, InvoiceStatus status) =>
        Counts.Where(c => c.StructureId == structureId && c.Status == status).Sum(c => c.Count);

    public async Task<IActionResult> OnGetAsync([FromQuery] SearchForm form, CancellationToken cancellationToken)
    {
        var userId = User.UserId();
        Structures = await access.AccessesToAsync(userId, Space.FacturesRecues, cancellationToken);
        if (Structures.Count == 0)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        // The Synthèse only pages; the other criteria belong to the search.
        Form = new SearchForm { Page = form.Page, PageSize = form.PageSize };
        var (filter, _) = Form.Check(InvoiceStatuses.ToProcess);
        Counts = await search.CountToProcessAsync(userId, cancellationToken);
        Results = await search.HandleAsync(userId, filter, cancellationToken);
        return Page();
    }
}
