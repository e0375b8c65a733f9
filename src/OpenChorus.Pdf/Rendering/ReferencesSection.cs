using OpenChorus.Formats.Model;

namespace OpenChorus.Pdf.Rendering;

/// <summary>
/// The parties (seller, buyer, payee, tax representative, delivery) and the references Chorus Pro users look for:
/// code service (BT-10), n° d'engagement (BT-13), contract, tender, preceding invoices.
/// </summary>
internal static class ReferencesSection
{
    public static void Draw(PageCanvas canvas, Invoice invoice, Labels labels, Language language)
    {
        Boxes.SideBySide(canvas,
            (labels.Seller, PartyLines.Of(invoice.Seller, labels, language)),
            (labels.Buyer, PartyLines.Of(invoice.Buyer, labels, language)));
        Boxes.SideBySide(canvas,
            (labels.Payee, PartyLines.Of(invoice.Payee, labels, language)),
            (labels.TaxRepresentative, PartyLines.Of(invoice.TaxRepresentative, labels, language)),
            (labels.DeliverTo, PartyLines.Of(invoice.Delivery, labels, language)));

        var references = new List<TextLine?>
        {
            TextLine.Field(labels.ServiceCode, invoice.BuyerReference, language),
            TextLine.Field(labels.Engagement, invoice.PurchaseOrderReference, language),
            TextLine.Field(labels.Contract, invoice.ContractReference, language),
            TextLine.Field(labels.Tender, invoice.TenderReference, language),
            TextLine.Field(labels.Project, invoice.ProjectReference, language),
            TextLine.Field(labels.SalesOrder, invoice.SalesOrderReference, language),
            TextLine.Field(labels.DespatchAdvice, invoice.DespatchAdviceReference, language),
            TextLine.Field(labels.ReceivingAdvice, invoice.ReceivingAdviceReference, language),
            TextLine.Field(labels.InvoicedObject, PartyLines.WithScheme(invoice.InvoicedObjectId), language),
            TextLine.Field(labels.BuyerAccounting, invoice.BuyerAccountingReference, language),
        };
        references.AddRange(invoice.PrecedingInvoices.Select(p =>
            TextLine.Field(labels.PrecedingInvoice, PartyLines.Join(p.Number, HeaderSection.Date(p.IssueDate)), language)));
        var shown = references.OfType<TextLine>().ToList();
        var half = (shown.Count + 1) / 2;
        Boxes.SideBySide(canvas, (labels.References, shown.Take(half).ToList()), ("", shown.Skip(half).ToList()));
    }
}
