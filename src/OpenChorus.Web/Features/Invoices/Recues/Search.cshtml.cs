using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenChorus.Web.Features.Structures;
using OpenChorus.Web.Features.Structures.Access;

namespace OpenChorus.Web.Features.Invoices.Recues;

/// <summary>/factures-recues/recherche: every received invoice the user may see, filtered by the GET query (status,
/// period of mise à disposition, supplier, number, amount, service, structure) and paged. 403 when the user has
/// "Factures reçues" on no structure.</summary>
public sealed class SearchModel(AccessService access, SearchReceivedInvoices search) : PageModel
{
    public IReadOnlyList<SpaceAccess> Structures { get; private set; } = [];

    public IReadOnlyList<ServiceOption> Services { get; private set; } = [];

    public SearchForm Form { get; private set; } = new();

    public ReceivedInvoicePage? Results { get; private set; }

    public async Task<IActionResult> OnGetAsync([FromQuery] SearchForm form, CancellationToken cancellationToken)
    {
        var userId = User.UserId();
        Structures = await access.AccessesToAsync(userId, Space.FacturesRecues, cancellationToken);
        if (Structures.Count == 0)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        Form = form;
        Services = await search.ServicesAsync(userId, cancellationToken);
        var (filter, errors) = form.Check();
        ModelState.Clear();
        ModelState.AddOutcome(Outcome.Fail(errors));
        if (errors.Count == 0)
        {
            Results = await search.HandleAsync(userId, filter, cancellationToken);
        }

        return Page();
    }
}
