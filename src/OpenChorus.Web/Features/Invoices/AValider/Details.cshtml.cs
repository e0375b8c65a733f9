using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OpenChorus.Web.Data;
using OpenChorus.Web.Features.Invoices.Shared;
using OpenChorus.Web.Features.Structures;
using OpenChorus.Web.Features.Structures.Access;

namespace OpenChorus.Web.Features.Invoices.AValider;

/// <summary>/factures-a-valider/{id}: the invoice as its validator sees it, with "Valider" and "Refuser" for a user in
/// Modification while it waits. 404 for an invoice the user may not see, whether it exists or not.</summary>
public sealed class DetailsModel(AppDbContext db, AccessService access, DecideValidation decide, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    [BindProperty]
    public bool ConfirmsRole { get; set; }

    [BindProperty]
    public string? Information { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    public InvoiceDetails Details { get; private set; } = null!;

    public bool CanDecide { get; private set; }

    public int DaysLeft { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostValidateAsync(CancellationToken cancellationToken)
    {
        var outcome = await decide.ValidateAsync(User.UserId(), Id, ConfirmsRole, Information, cancellationToken);
        return await AnswerAsync(outcome, "Vous avez validé la facture n° {0} : elle est transmise au destinataire.", cancellationToken);
    }

    public async Task<IActionResult> OnPostRefuseAsync(CancellationToken cancellationToken)
    {
        var outcome = await decide.RefuseAsync(User.UserId(), Id, Reason, cancellationToken);
        return await AnswerAsync(outcome, "Vous avez refusé la facture n° {0} : le fournisseur en est informé.", cancellationToken);
    }

    private async Task<IActionResult> AnswerAsync(Outcome outcome, string success, CancellationToken cancellationToken)
    {
        if (outcome.IsDenied)
        {
            return NotFound();
        }

        if (outcome.Succeeded)
        {
            var number = await db.Invoices.Where(i => i.Id == Id).Select(i => i.Number).SingleAsync(cancellationToken);
            TempData["Success"] = string.Format(System.Globalization.CultureInfo.InvariantCulture, success, number);
            return Redirect($"/factures-a-valider/{Id}");
        }

        ModelState.AddOutcome(outcome);
        return await LoadAsync(cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var userId = User.UserId();
        var visible = await db.Invoices.AsNoTracking().FindVisibleAsync(access, userId, Space.FacturesAValider, AccessMode.Consultation, Id, cancellationToken);
        if (visible is null)
        {
            return false;
        }

        Details = await InvoiceDetails.LoadAsync(db, visible, cancellationToken);
        CanDecide = visible.Status == InvoiceStatus.AValider1
                    && await access.CanAsync(userId, visible.ValidatorStructureId!.Value, Space.FacturesAValider, AccessMode.Modification, cancellationToken);
        DaysLeft = IndexModel.DaysLeft(visible.ValidationDeadlineUtc, clock.GetUtcNow().UtcDateTime);
        return true;
    }
}
