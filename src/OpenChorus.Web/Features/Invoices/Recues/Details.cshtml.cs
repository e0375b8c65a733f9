using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OpenChorus.Web.Data;
using OpenChorus.Web.Features.Invoices.Shared;
using OpenChorus.Web.Features.Structures;
using OpenChorus.Web.Features.Structures.Access;

namespace OpenChorus.Web.Features.Invoices.Recues;

/// <summary>/factures-recues/{id}: one received invoice (data, files, history, the PDF shown inline) and, for an agent
/// in Modification on its structure and service, the buttons of the actions its status allows. 404 for an invoice the
/// user may not see; a forged action without Modification is a 404 and changes nothing.</summary>
public sealed class DetailsModel(AppDbContext db, AccessService access, ProcessInvoice process) : PageModel
{
    public InvoiceDetails Details { get; private set; } = null!;

    public IReadOnlyList<RecipientAction> Actions { get; private set; } = [];

    public InvoiceFile? Pdf { get; private set; }

    public InvoiceFile? Original { get; private set; }

    [BindProperty]
    public string? Comment { get; set; }

    [BindProperty]
    public string? MandateNumber { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(int id, [FromForm] string? action, [FromForm] int? version, CancellationToken cancellationToken)
    {
        if (!Enum.TryParse<RecipientAction>(action, out var chosen) || !Enum.IsDefined(chosen))
        {
            return BadRequest();
        }

        var outcome = await process.HandleAsync(User.UserId(), new ProcessRequest(id, chosen, Comment, MandateNumber, version), cancellationToken);
        if (outcome.IsDenied)
        {
            return NotFound();
        }

        if (outcome.Succeeded)
        {
            TempData["Success"] = $"Action « {chosen.Label()} » enregistrée : le fournisseur en est informé par courriel.";
            return Redirect($"/factures-recues/{id}");
        }

        ModelState.Clear();
        ModelState.AddOutcome(outcome);
        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var userId = User.UserId();
        var visible = await db.Invoices.AsNoTracking().FindVisibleAsync(access, userId, Space.FacturesRecues, AccessMode.Consultation, id, cancellationToken);
        if (visible is null)
        {
            return false;
        }

        Details = await InvoiceDetails.LoadAsync(db, visible, cancellationToken);
        var files = Details.Invoice.Files;
        Original = files.FirstOrDefault(f => f.Kind == InvoiceFileKind.Original);
        Pdf = files.FirstOrDefault(f => f.Kind == InvoiceFileKind.Rendering)
              ?? files.FirstOrDefault(f => f.Kind == InvoiceFileKind.Original && f.ContentType == "application/pdf");
        var canProcess = await db.Invoices.AsNoTracking().FindVisibleAsync(access, userId, Space.FacturesRecues, AccessMode.Modification, id, cancellationToken) is not null;
        Actions = canProcess ? Details.Invoice.AllowedRecipientActions() : [];
        return true;
    }
}
