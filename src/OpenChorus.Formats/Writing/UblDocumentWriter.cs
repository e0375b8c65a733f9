using System.Globalization;
using OpenChorus.Formats.Model;

namespace OpenChorus.Formats.Writing;

/// <summary>One UBL document being written: the root, the header terms and the references, in schema order.</summary>
internal sealed partial class UblDocumentWriter(Invoice invoice, bool creditNote) : XmlOutput
{
    private const string InvoiceNs = "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2";
    private const string CreditNoteNs = "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2";
    private const string Cac = "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2";
    private const string Cbc = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2";

    private readonly string? _currency = invoice.CurrencyCode;

    public void WriteDocument()
    {
        Xml.WriteStartDocument();
        Xml.WriteStartElement(creditNote ? "CreditNote" : "Invoice", creditNote ? CreditNoteNs : InvoiceNs);
        Xml.WriteAttributeString("xmlns", "cac", null, Cac);
        Xml.WriteAttributeString("xmlns", "cbc", null, Cbc);
        WriteHeader();
        WriteReferences();
        WriteParties();
        WritePaymentMeans();
        if (invoice.PaymentTerms is not null)
        {
            Xml.WriteStartElement("cac", "PaymentTerms", Cac);
            B("Note", invoice.PaymentTerms);
            Xml.WriteEndElement();
        }

        WriteAllowanceCharges(invoice.AllowanceCharges, withVat: true);
        WriteTaxTotals();
        WriteMonetaryTotal();
        foreach (var line in invoice.Lines)
        {
            WriteLine(line);
        }

        Xml.WriteEndElement();
    }

    private void WriteHeader()
    {
        B("CustomizationID", invoice.SpecificationId);
        B("ProfileID", invoice.BusinessProcess);
        B("ID", invoice.Number ?? "");
        B("IssueDate", Date(invoice.IssueDate) ?? "");
        if (!creditNote)
        {
            B("DueDate", Date(invoice.DueDate));
            B("InvoiceTypeCode", invoice.TypeCode);
        }
        else
        {
            B("TaxPointDate", Date(invoice.TaxPointDate));
            B("CreditNoteTypeCode", invoice.TypeCode);
        }

        foreach (var note in invoice.Notes)
        {
            B("Note", note.SubjectCode is null ? note.Text : "#" + note.SubjectCode + "#" + note.Text);
        }

        if (!creditNote)
        {
            B("TaxPointDate", Date(invoice.TaxPointDate));
        }

        B("DocumentCurrencyCode", invoice.CurrencyCode);
        B("TaxCurrencyCode", invoice.VatCurrencyCode);
        B("AccountingCost", invoice.BuyerAccountingReference);
        B("BuyerReference", invoice.BuyerReference);
        WritePeriod(invoice.InvoicingPeriod, TaxPointDateCodes.ToUbl(invoice.TaxPointDateCode));
    }

    private void WritePeriod(Period? period, string? descriptionCode)
    {
        if (period is null && descriptionCode is null)
        {
            return;
        }

        A("InvoicePeriod");
        B("StartDate", Date(period?.Start));
        B("EndDate", Date(period?.End));
        B("DescriptionCode", descriptionCode);
        End();
    }

    private void A(string name) => Xml.WriteStartElement("cac", name, Cac);

    private void End() => Xml.WriteEndElement();

    private void B(string name, string? value) => Leaf("cbc", name, Cbc, value);

    private void B(string name, string? value, string attribute, string? attributeValue) =>
        Leaf("cbc", name, Cbc, value, attribute, attributeValue);

    private void Amount(string name, decimal? value, string? currency = null) =>
        Leaf("cbc", name, Cbc, Number(value), "currencyID", currency ?? _currency ?? "");

    private static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
