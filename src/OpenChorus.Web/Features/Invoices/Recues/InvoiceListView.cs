namespace OpenChorus.Web.Features.Invoices.Recues;

/// <summary>What the list partial needs: the page of results, the search it comes from (for the pagination links),
/// the path of the page and the table's caption.</summary>
public sealed record InvoiceListView(ReceivedInvoicePage Results, SearchForm Form, string Path, string Caption);
