using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OpenChorus.Web.Data;
using OpenChorus.Web.Features.Invoices.Emises.Deposit;
using OpenChorus.Web.Features.Structures;
using OpenChorus.Web.Features.Structures.Access;

namespace OpenChorus.Web.Features.Invoices.Emises;

/// <summary>/factures-emises/recherche: the supplier's own invoices (every structure where the user has Factures
/// émises) by number, status, recipient (name or SIRET) and invoice date, newest first, a page at a time.</summary>
public sealed class RechercheModel(AppDbContext db, AccessService access) : PageModel
{
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true, Name = "numero")]
    public string? Number { get; set; }

    [BindProperty(SupportsGet = true, Name = "statut")]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true, Name = "destinataire")]
    public string? Recipient { get; set; }

    [BindProperty(SupportsGet = true, Name = "du")]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true, Name = "au")]
    public string? To { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<InvoiceRow> Rows { get; private set; } = [];

    public int Total { get; private set; }

    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var scope = await access.InvoiceScopeAsync(User.UserId(), Space.FacturesEmises, AccessMode.Consultation, cancellationToken);
        if (scope.IsEmpty)
        {
            return NotFound();
        }

        var query = db.Invoices.AsNoTracking().VisibleIn(scope);
        if (Number?.Trim().ToUpperInvariant() is { Length: > 0 } number)
        {
            // EF translates ToUpper() to SQL UPPER(); culture overloads do not translate.
#pragma warning disable CA1304, CA1311, CA1862
            query = query.Where(i => i.Number.ToUpper().Contains(number));
#pragma warning restore CA1304, CA1311, CA1862
        }

        if (InvoiceStatuses.FromCode(Status) is { } status)
        {
            query = query.Where(i => i.Status == status);
        }

        if (Recipient?.Trim() is { Length: > 0 } recipient)
        {
            var siret = InvoiceRouting.Compact(recipient)!;
            var key = Structure.KeyOf(recipient);
            query = query.Where(i => i.RecipientStructure != null
                                     && (i.RecipientStructure.Identifier == siret || i.RecipientStructure.CompanyNameKey.Contains(key)));
        }

        if (DepositValues.ParseDate(From) is { } from)
        {
            query = query.Where(i => i.IssueDate >= from);
        }

        if (DepositValues.ParseDate(To) is { } to)
        {
            query = query.Where(i => i.IssueDate <= to);
        }

        Total = await query.CountAsync(cancellationToken);
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);
        Rows = await query.OrderByDescending(i => i.CreatedAtUtc).ThenByDescending(i => i.Id)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize).AsRows().ToListAsync(cancellationToken);
        return Page();
    }

    /// <summary>The address of another page of the same search.</summary>
    public string PageUrl(int page) => QueryString.Create(new Dictionary<string, string?>
    {
        ["numero"] = Number,
        ["statut"] = Status,
        ["destinataire"] = Recipient,
        ["du"] = From,
        ["au"] = To,
        ["p"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture),
    }.Where(p => !string.IsNullOrEmpty(p.Value))).ToUriComponent() is var query ? "/factures-emises/recherche" + query : "";
}
