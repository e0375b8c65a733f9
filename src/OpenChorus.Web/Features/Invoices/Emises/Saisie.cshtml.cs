using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OpenChorus.Web.Data;
using OpenChorus.Web.Features.Structures;
using OpenChorus.Web.Features.Structures.Access;

namespace OpenChorus.Web.Features.Invoices.Emises;

/// <summary>/factures-emises/saisie: key in an invoice, then "Valider et envoyer" → "Confirmation d'envoi" →
/// "Confirmer et envoyer" (nothing is saved before), or "Enregistrer" as a brouillon. Works without JavaScript:
/// five rows, and "Ajouter une ligne" posts the form back with one more.</summary>
public sealed class SaisieFormModel(AppDbContext db, AccessService access, SaisieInvoice saisie, TimeProvider clock) : PageModel
{
    [BindProperty]
    public SaisieInput Input { get; set; } = new();

    public IReadOnlyList<SpaceAccess> Structures { get; private set; } = [];

    /// <summary>Set once "Valider et envoyer" passed every check: the page shows the confirmation.</summary>
    public SaisiePreview? Preview { get; private set; }

    /// <summary>The totals of the lines read so far, shown under the lines.</summary>
    public SaisieDraft Totals { get; private set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        Input.StructureId = Structures[0].StructureId;
        Input.SellerVatNumber = await db.Structures.Where(s => s.Id == Input.StructureId).Select(s => s.VatNumber).SingleAsync(cancellationToken);
        Input.IssueDate = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        Input.PadLines(SaisieInput.FirstRows);
        return Page();
    }

    public async Task<IActionResult> OnPostAddLineAsync(CancellationToken cancellationToken)
    {
        Input.PadLines(Input.Lines.Count + 1);
        return await FormAsync(cancellationToken);
    }

    public Task<IActionResult> OnPostEditAsync(CancellationToken cancellationToken) => FormAsync(cancellationToken);

    public async Task<IActionResult> OnPostReviewAsync(CancellationToken cancellationToken)
    {
        var (outcome, preview) = await saisie.PrepareAsync(User.UserId(), Input, cancellationToken);
        if (outcome.IsDenied)
        {
            return NotFound();
        }

        ModelState.AddOutcome(outcome, nameof(Input));
        Preview = preview;
        return await FormAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostSendAsync(CancellationToken cancellationToken)
    {
        var outcome = await saisie.SendAsync(User.UserId(), Input, cancellationToken);
        return await AnswerAsync(outcome, Input.Frame.NeedsValidation()
            ? "La facture n° {0} est envoyée : elle attend la validation du {1} avant sa transmission au destinataire."
            : "La facture n° {0} est validée, elle est en cours de transmission.", cancellationToken);
    }

    public async Task<IActionResult> OnPostSaveAsync(CancellationToken cancellationToken)
    {
        var outcome = await saisie.SaveDraftAsync(User.UserId(), Input, cancellationToken);
        return await AnswerAsync(outcome, "La facture n° {0} est enregistrée en brouillon : elle n'est pas envoyée.", cancellationToken);
    }

    private async Task<IActionResult> AnswerAsync(Outcome outcome, string success, CancellationToken cancellationToken)
    {
        if (outcome.IsDenied)
        {
            return NotFound();
        }

        if (!outcome.Succeeded)
        {
            ModelState.AddOutcome(outcome, nameof(Input));
            return await FormAsync(cancellationToken);
        }

        var who = Input.Frame == InvoiceFrame.A12 ? "mandataire" : "titulaire";
        TempData["Success"] = string.Format(System.Globalization.CultureInfo.InvariantCulture, success, Input.Number?.Trim(), who);
        return Redirect($"/factures-emises/saisie/{outcome.Id}");
    }

    private async Task<IActionResult> FormAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        Input.PadLines(Math.Max(Input.Lines.Count, SaisieInput.FirstRows));
        Totals = SaisieDraft.Read(Input);
        return Page();
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var accesses = await access.AccessesToAsync(User.UserId(), Space.FacturesEmises, cancellationToken);
        Structures = accesses.Where(a => a.Mode == AccessMode.Modification).ToList();
        return Structures.Count > 0;
    }
}
