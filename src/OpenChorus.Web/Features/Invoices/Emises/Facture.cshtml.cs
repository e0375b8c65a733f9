using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OpenChorus.Web.Data;
using OpenChorus.Web.Features.Invoices.Emises.Deposit;
using OpenChorus.Web.Features.Invoices.Emises.FollowUp;
using OpenChorus.Web.Features.Invoices.Shared;
using OpenChorus.Web.Features.Structures;
using OpenChorus.Web.Features.Structures.Access;

namespace OpenChorus.Web.Features.Invoices.Emises;

/// <summary>/factures-emises/{id}: one of the supplier's invoices (data, files, history) and the follow-up its status
/// allows: "Compléter" a suspended invoice, "Recycler" an invoice to recycle, "Traiter le rejet".</summary>
[DepotSizeGuard]
[RequestSizeLimit(DepotSizeGuardAttribute.MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = DepotSizeGuardAttribute.MaxRequestBytes)]
public sealed class FactureModel(
    AppDbContext db, AccessService access, CompleteInvoice complete, RecycleInvoice recycle, AcknowledgeRejection acknowledge) : PageModel
{
    public InvoiceDetails Details { get; private set; } = null!;

    public bool CanModify { get; private set; }

    /// <summary>The recipient's reason for the current status (suspension, rejection, recycling), if any.</summary>
    public string? Reason { get; private set; }

    [BindProperty]
    public string? Comment { get; set; }

    [BindProperty]
    public RecycleForm Recycle { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int id, string? erreur, CancellationToken cancellationToken)
    {
        if (erreur == "taille")
        {
            ModelState.AddModelError("", "L'envoi dépasse 120 Mo : la facture et ses pièces jointes ne peuvent pas peser plus de 120 Mo en tout.");
        }

        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostCompleterAsync(int id, List<IFormFile>? attachments, CancellationToken cancellationToken)
    {
        var files = new List<IncomingFile>();
        foreach (var file in attachments ?? [])
        {
            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, cancellationToken);
            files.Add(new IncomingFile(file.FileName, file.ContentType, buffer.ToArray()));
        }

        var outcome = await complete.HandleAsync(User.UserId(), id, Comment, files, cancellationToken);
        return await AnswerAsync(id, outcome, "La facture n° {0} est complétée : elle est de nouveau transmise à son destinataire.", cancellationToken);
    }

    public async Task<IActionResult> OnPostRecyclerAsync(int id, CancellationToken cancellationToken)
    {
        var outcome = await recycle.HandleAsync(User.UserId(), id, Recycle.RecipientSiret, Recycle.ServiceCode, Recycle.EngagementNumber, cancellationToken);
        return await AnswerAsync(id, outcome, "La facture n° {0} est recyclée : elle est transmise à son nouveau destinataire.", cancellationToken, nameof(Recycle));
    }

    public async Task<IActionResult> OnPostRejetAsync(int id, CancellationToken cancellationToken)
    {
        var outcome = await acknowledge.HandleAsync(User.UserId(), id, cancellationToken);
        return await AnswerAsync(id, outcome, "Le rejet de la facture n° {0} est traité. Si besoin, émettez une nouvelle facture avec un nouveau numéro.", cancellationToken);
    }

    private async Task<IActionResult> AnswerAsync(int id, Outcome outcome, string success, CancellationToken cancellationToken, string prefix = "")
    {
        if (outcome.IsDenied)
        {
            return NotFound();
        }

        if (!outcome.Succeeded)
        {
            ModelState.Clear();
            ModelState.AddOutcome(outcome, prefix);
            return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
        }

        var number = await db.Invoices.Where(i => i.Id == id).Select(i => i.Number).SingleAsync(cancellationToken);
        TempData["Success"] = string.Format(System.Globalization.CultureInfo.InvariantCulture, success, number);
        return Redirect($"/factures-emises/{id}");
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var userId = User.UserId();
        var visible = await db.Invoices.FindVisibleAsync(access, userId, Space.FacturesEmises, AccessMode.Consultation, id, cancellationToken);
        if (visible is null)
        {
            return false;
        }

        Details = await InvoiceDetails.LoadAsync(db, visible, cancellationToken);
        CanModify = await access.CanAsync(userId, visible.SupplierStructureId, Space.FacturesEmises, AccessMode.Modification, cancellationToken);
        Reason = Details.History.FirstOrDefault(e => e.Status == visible.Status && e.Comment is not null
                                                     && visible.Status is InvoiceStatus.Suspendue or InvoiceStatus.Rejetee or InvoiceStatus.ARecycler)?.Comment;
        return true;
    }
}

public sealed class RecycleForm
{
    public string? RecipientSiret { get; set; }

    public string? ServiceCode { get; set; }

    public string? EngagementNumber { get; set; }
}
