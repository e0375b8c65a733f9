namespace OpenChorus.Web.Features.Invoices.Emises;

/// <summary>One line of the supplier's lists (Synthèse, recherche).</summary>
public sealed record InvoiceRow(
    int Id, int SupplierStructureId, string Number, DateOnly IssueDate, InvoiceStatus Status, string? RecipientName,
    decimal TotalIncludingVat, string Currency, DateTime UpdatedAtUtc, DateTime? SentAtUtc)
{
    public string Amount => Shared.InvoiceDetails.Money(TotalIncludingVat, Currency);
}

public static class InvoiceRows
{
    public static IQueryable<InvoiceRow> AsRows(this IQueryable<Invoice> invoices) =>
        invoices.Select(i => new InvoiceRow(
            i.Id, i.SupplierStructureId, i.Number, i.IssueDate, i.Status, i.RecipientStructure!.CompanyName,
            i.TotalIncludingVat, i.Currency, i.UpdatedAtUtc, i.SentAtUtc));
}
