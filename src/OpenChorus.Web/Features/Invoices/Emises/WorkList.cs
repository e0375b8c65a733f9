namespace OpenChorus.Web.Features.Invoices.Emises;

/// <summary>One table of the Synthèse.</summary>
public sealed record WorkList(string Id, string Title, IReadOnlyList<InvoiceRow> Rows, IReadOnlySet<int> Modifiable, string Empty);
