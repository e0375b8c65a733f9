using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OpenChorus.Web.Data;

namespace OpenChorus.Web.Features.Invoices.Shared;

/// <summary>One invoice as its pages show it, whatever the space: the routing with names, the figures, the files and
/// the history, newest first.</summary>
public sealed record InvoiceDetails(
    Invoice Invoice,
    Party Supplier,
    Party? Recipient,
    string? ServiceCode,
    string? ServiceName,
    Party? Validator)
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public IReadOnlyList<InvoiceEvent> History => Invoice.Events.OrderByDescending(e => e.AtUtc).ThenByDescending(e => e.Id).ToList();

    public static string Money(decimal amount, string currency) => string.Create(French, $"{amount:N2} {currency}");

    /// <summary>Loads the invoice the caller already found visible (never call it with an unchecked id).</summary>
    public static async Task<InvoiceDetails> LoadAsync(AppDbContext db, Invoice visible, CancellationToken cancellationToken)
    {
        var invoice = await db.Invoices.AsNoTracking().Include(i => i.Events).Include(i => i.Files)
            .SingleAsync(i => i.Id == visible.Id, cancellationToken);
        var ids = new[] { invoice.SupplierStructureId, invoice.RecipientStructureId ?? 0, invoice.ValidatorStructureId ?? 0 };
        var parties = await db.Structures.Where(s => ids.Contains(s.Id))
            .ToDictionaryAsync(s => s.Id, s => new Party(s.CompanyName, s.Identifier), cancellationToken);
        var service = invoice.RecipientServiceId is { } serviceId
            ? await db.Services.Where(s => s.Id == serviceId).Select(s => new { s.Code, s.Name }).SingleOrDefaultAsync(cancellationToken)
            : null;
        return new InvoiceDetails(
            invoice,
            parties[invoice.SupplierStructureId],
            invoice.RecipientStructureId is { } r ? parties.GetValueOrDefault(r) : null,
            service?.Code,
            service?.Name,
            invoice.ValidatorStructureId is { } v ? parties.GetValueOrDefault(v) : null);
    }
}

/// <summary>A structure as an invoice names it: raison sociale and SIRET.</summary>
public sealed record Party(string Name, string Identifier);
