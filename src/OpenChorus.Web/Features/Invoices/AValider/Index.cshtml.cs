using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OpenChorus.Web.Data;
using OpenChorus.Web.Features.Structures;
using OpenChorus.Web.Features.Structures.Access;

namespace OpenChorus.Web.Features.Invoices.AValider;

/// <summary>/factures-a-valider: the "Synthèse" of the A9 / A12 invoices waiting for the user's structures, with the
/// days left before the tacit validation. 403 for a user who has the space on no structure.</summary>
public sealed class IndexModel(AppDbContext db, AccessService access, TimeProvider clock) : PageModel
{
    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var scope = await access.InvoiceScopeAsync(User.UserId(), Space.FacturesAValider, AccessMode.Consultation, cancellationToken);
        if (scope.IsEmpty)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var waiting = await db.Invoices.AsNoTracking().VisibleIn(scope)
            .Where(i => i.Status == InvoiceStatus.AValider1)
            .OrderBy(i => i.ValidationDeadlineUtc).ThenBy(i => i.Id)
            .Select(i => new
            {
                i.Id,
                i.Number,
                i.Frame,
                i.SupplierName,
                Supplier = i.SupplierStructure!.CompanyName,
                Recipient = i.RecipientStructure!.CompanyName,
                Validator = i.ValidatorStructure!.CompanyName,
                i.TotalIncludingVat,
                i.Currency,
                i.SentAtUtc,
                i.ValidationDeadlineUtc,
            })
            .ToListAsync(cancellationToken);
        Rows = waiting.Select(i => new Row(
            i.Id, i.Number, i.Frame, i.Supplier, i.Recipient, i.Validator, Shared.InvoiceDetails.Money(i.TotalIncludingVat, i.Currency),
            i.SentAtUtc, DaysLeft(i.ValidationDeadlineUtc, now))).ToList();
        return Page();
    }

    /// <summary>Whole days left before the tacit validation, counting a started day as a day; 0 once it is due.</summary>
    public static int DaysLeft(DateTime? deadlineUtc, DateTime nowUtc) =>
        deadlineUtc is { } deadline && deadline > nowUtc ? (int)Math.Ceiling((deadline - nowUtc).TotalDays) : 0;

    public sealed record Row(int Id, string Number, InvoiceFrame Frame, string Supplier, string Recipient, string Validator, string Amount, DateTime? SentAtUtc, int DaysLeft);
}
