using OpenChorus.Formats.Model;
using static OpenChorus.Formats.Validation.Rules.Amounts;

namespace OpenChorus.Formats.Validation.Rules;

/// <summary>BR-01…BR-05, BR-16, BR-52, BR-55, BR-29, BR-CO-19, BR-CO-03: what every invoice must carry.</summary>
internal sealed class DocumentRules : IInvoiceRules
{
    public void Check(Invoice invoice, ViolationSink sink)
    {
        var at = invoice.Location;
        sink.Require(!IsBlank(invoice.SpecificationId), "BR-01", at);
        sink.Require(!IsBlank(invoice.Number), "BR-02", at);
        sink.Require(invoice.IssueDate is not null || invoice.UnreadableTerms.Contains("BT-2"), "BR-03", at);
        sink.Require(!IsBlank(invoice.TypeCode), "BR-04", at);
        sink.Require(!IsBlank(invoice.CurrencyCode), "BR-05", at);
        sink.Require(invoice.Lines.Count > 0, "BR-16", at);
        foreach (var preceding in invoice.PrecedingInvoices)
        {
            sink.Require(!IsBlank(preceding.Number), "BR-55", at);
        }

        // The artefacts check every additional document reference, the invoiced object one (BT-18) included.
        foreach (var document in invoice.AdditionalDocuments)
        {
            sink.Require(!IsBlank(document.Id), "BR-52", at);
        }

        if (invoice.InvoicedObjectId is { } invoicedObject)
        {
            sink.Require(!IsBlank(invoicedObject.Value), "BR-52", at);
        }

        CheckPeriod(invoice, sink);
        if (invoice.Syntax != InvoiceSyntax.Cii || invoice.VatBreakdowns.Count > 0)
        {
            sink.Require(invoice.TaxPointDate is null || invoice.TaxPointDateCode is null, "BR-CO-03", at);
        }
    }

    private static void CheckPeriod(Invoice invoice, ViolationSink sink)
    {
        if (invoice.InvoicingPeriod is not { } period)
        {
            return;
        }

        sink.Require(period.End is null || period.Start is null || period.End >= period.Start, "BR-29", invoice.Location);
        sink.Require(period.Start is not null || period.End is not null || period.DescriptionCode is not null,
            "BR-CO-19", invoice.Location);
    }
}
