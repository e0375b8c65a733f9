using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenChorus.Web.Data;
using OpenChorus.Web.Features.Invoices.Emises.Deposit;
using OpenChorus.Web.Features.Structures;
using OpenChorus.Web.Features.Structures.Access;

namespace OpenChorus.Web.Features.Invoices.Emises;

public enum DepotStep
{
    Upload,
    Form,
    Confirm,
    Lot,
}

/// <summary>
/// /factures-emises/depot: "Déposer une facture". Upload (structure and file, format found by content), then the form
/// (data read from the XML, or typed for a PDF; routing; cadre; attachments), then "Valider et envoyer" → "Confirmation
/// d'envoi" → "Confirmer et envoyer", or "Enregistrer" a brouillon reopened at /factures-emises/depot/{id}. Every step
/// works without JavaScript; every post checks access again.
/// </summary>
[DepotSizeGuard]
[RequestSizeLimit(DepotSizeGuardAttribute.MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = DepotSizeGuardAttribute.MaxRequestBytes)]
public sealed partial class DepotModel(
    AppDbContext db, AccessService access, UploadTickets tickets, DepositBuilder builder, DepositInvoice deposit, DeleteDraft deleteDraft,
    DepositLot lots) : PageModel
{
    [BindProperty]
    public DepositForm Form { get; set; } = new();

    public DepotStep Step { get; private set; } = DepotStep.Upload;

    public int? DraftId { get; private set; }

    public IReadOnlyList<SpaceAccess> Structures { get; private set; } = [];

    public PreparedDeposit? Prepared { get; private set; }

    public RoutingResult? Routing { get; private set; }

    public LotResult? Lot { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? id, string? etape, string? erreur, CancellationToken cancellationToken)
    {
        if (!await LoadStructuresAsync(cancellationToken))
        {
            return NotFound();
        }

        if (erreur == "taille")
        {
            ModelState.AddModelError("", "Le dépôt dépasse 120 Mo : la facture et ses pièces jointes ne peuvent pas peser plus de 120 Mo en tout.");
        }

        if (id is null)
        {
            Form.StructureId = Structures.Count == 1 ? Structures[0].StructureId : 0;
            return Page();
        }

        if (!await LoadDraftFormAsync(id.Value, cancellationToken))
        {
            return NotFound();
        }

        return etape == "confirmation" ? await ReviewAsync(id, [], cancellationToken) : await ShowFormAsync(id, cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(
        int? id, string? action, IFormFile? file, List<IFormFile>? attachments, CancellationToken cancellationToken)
    {
        if (!await LoadStructuresAsync(cancellationToken))
        {
            return NotFound();
        }

        ModelState.Clear();
        var uploads = await ReadAsync(attachments, cancellationToken);
        return action switch
        {
            "lire" when id is null => await ReadFileAsync(file, cancellationToken),
            "enregistrer" => await SaveAsync(id, uploads, cancellationToken),
            "valider" => await ReviewAsync(id, uploads, cancellationToken),
            "confirmer" => await SendAsync(id, cancellationToken),
            "supprimer" when id is not null => await DeleteAsync(id.Value, cancellationToken),
            _ => await ShowFormAsync(id, cancellationToken),
        };
    }

    /// <summary>Recipient's name and requirements once its SIRET is typed (for the form's small script; the server
    /// checks everything again on submit).</summary>
    public async Task<IActionResult> OnGetDestinataireAsync(string? siret, CancellationToken cancellationToken)
    {
        if (!await LoadStructuresAsync(cancellationToken))
        {
            return NotFound();
        }

        var info = await RecipientInfo.FindAsync(db, siret, cancellationToken);
        return new JsonResult(info);
    }

    private async Task<IActionResult> ReadFileAsync(IFormFile? file, CancellationToken cancellationToken)
    {
        if (file is null || file.Length == 0)
        {
            ModelState.AddModelError("File", "Choisissez le fichier de la facture à déposer.");
            return Page();
        }

        if (file.Length > Deposit.AttachmentRules.MaxTotalBytes)
        {
            ModelState.AddModelError("File", "La facture dépasse 120 Mo : elle ne peut pas être déposée.");
            return Page();
        }

        if (Structures.All(s => s.StructureId != Form.StructureId))
        {
            ModelState.AddModelError("Form.StructureId", "Choisissez la structure émettrice de la facture.");
            return Page();
        }

        var incoming = (await ReadAsync([file], cancellationToken))[0];
        var supplierSiret = Structures.Single(s => s.StructureId == Form.StructureId).Identifier;
        var content = DepositReader.Read(incoming.Content, supplierSiret);
        if (content.Format == DepositFormat.Lot)
        {
            Lot = await lots.HandleAsync(User.UserId(), Form.StructureId, incoming.Content, cancellationToken);
            ModelState.AddOutcome(Lot.Outcome);
            Step = Lot.Outcome.Succeeded ? DepotStep.Lot : DepotStep.Upload;
            return Page();
        }

        if (content.Refusal is { } refusal)
        {
            ModelState.AddModelError("File", refusal);
            return Page();
        }

        var (_, ticket) = await tickets.StoreAsync(User.UserId(), incoming, cancellationToken);
        Form.FileTicket = ticket;
        Form.Suggest(content);
        return await ShowFormAsync(null, cancellationToken);
    }

    private async Task<IActionResult> SaveAsync(int? id, IReadOnlyList<IncomingFile> uploads, CancellationToken cancellationToken)
    {
        var outcome = await deposit.SaveDraftAsync(User.UserId(), Form, id, uploads, cancellationToken);
        if (outcome.IsDenied)
        {
            return NotFound();
        }

        if (!outcome.Succeeded)
        {
            ModelState.AddOutcome(outcome, nameof(Form));
            return await ShowFormAsync(id, cancellationToken);
        }

        TempData["Success"] = $"Le brouillon de la facture n° {await NumberOfAsync(outcome.Id!.Value, cancellationToken)} est enregistré. "
            + "Il n'est pas envoyé : utilisez « Valider et envoyer » pour le transmettre à son destinataire.";
        if (deposit.RenderingWarning is { } warning)
        {
            TempData["Warning"] = warning;
        }

        return Redirect("/factures-emises");
    }

    private async Task<IActionResult> ReviewAsync(int? id, IReadOnlyList<IncomingFile> uploads, CancellationToken cancellationToken)
    {
        var review = await deposit.ReviewAsync(User.UserId(), Form, id, uploads, cancellationToken);
        if (review.Outcome.IsDenied)
        {
            return NotFound();
        }

        (Prepared, Routing, DraftId) = (review.Prepared, review.Routing, id);
        if (!review.Outcome.Succeeded)
        {
            ModelState.AddOutcome(review.Outcome, nameof(Form));
            Step = DepotStep.Form;
            return Page();
        }

        Step = DepotStep.Confirm;
        return Page();
    }

    private async Task<IActionResult> SendAsync(int? id, CancellationToken cancellationToken)
    {
        var outcome = await deposit.SendAsync(User.UserId(), Form, id, cancellationToken);
        if (outcome.IsDenied)
        {
            return NotFound();
        }

        if (!outcome.Succeeded)
        {
            ModelState.AddOutcome(outcome, nameof(Form));
            return await ShowFormAsync(id, cancellationToken);
        }

        TempData["Deposited"] = $"La facture n° {await NumberOfAsync(outcome.Id!.Value, cancellationToken)} est validée, elle est en cours de transmission au service concerné.";
        if (deposit.RenderingWarning is { } warning)
        {
            TempData["Warning"] = warning;
        }

        return Redirect($"/factures-emises/{outcome.Id}");
    }

    private async Task<IActionResult> DeleteAsync(int id, CancellationToken cancellationToken)
    {
        var number = await NumberOfAsync(id, cancellationToken);
        var outcome = await deleteDraft.HandleAsync(User.UserId(), id, cancellationToken);
        if (outcome.IsDenied)
        {
            return NotFound();
        }

        if (!outcome.Succeeded)
        {
            ModelState.AddOutcome(outcome);
            return await ShowFormAsync(id, cancellationToken);
        }

        TempData["Success"] = $"Le brouillon de la facture n° {number} est supprimé.";
        return Redirect("/factures-emises");
    }
}
