using System.Xml.Linq;
using OpenChorus.Formats.Model;
using OpenChorus.Formats.Xml;
using static OpenChorus.Formats.Ubl.UblNames;

namespace OpenChorus.Formats.Ubl;

/// <summary>Reads a UBL 2.1 Invoice or CreditNote into the EN 16931 semantic model (EN 16931-3-2 binding).</summary>
internal static partial class UblInvoiceReader
{
    private const string DateFormat = "yyyy-MM-dd";

    /// <summary>Reads the document; missing or unparseable values are left empty for the rules to report.</summary>
    public static Invoice Read(XElement root)
    {
        var isCreditNote = root.Name.Namespace == CreditNote;
        var period = root.Element(A("InvoicePeriod"));
        var notes = root.Elements(B("Note")).Select(ReadNote).ToList();
        return new Invoice
        {
            Syntax = isCreditNote ? InvoiceSyntax.UblCreditNote : InvoiceSyntax.UblInvoice,
            Location = new SourceLocation("/" + (isCreditNote ? "CreditNote" : "Invoice"), root.Line()),
            Number = root.ChildText(B("ID")),
            IssueDate = root.Element(B("IssueDate")).Date(DateFormat),
            TypeCode = root.ChildText(B(isCreditNote ? "CreditNoteTypeCode" : "InvoiceTypeCode")),
            CurrencyCode = root.ChildText(B("DocumentCurrencyCode")),
            VatCurrencyCode = root.ChildText(B("TaxCurrencyCode")),
            TaxPointDate = root.Element(B("TaxPointDate")).Date(DateFormat),
            TaxPointDateCode = period.ChildText(B("DescriptionCode")),
            DueDate = (root.Element(B("DueDate")) ?? root.Path(A("PaymentMeans"), B("PaymentDueDate"))).Date(DateFormat),
            BuyerReference = root.ChildText(B("BuyerReference")),
            ProjectReference = root.Path(A("ProjectReference"), B("ID")).Text() ?? DocumentReference(root, "50"),
            ContractReference = root.Path(A("ContractDocumentReference"), B("ID")).Text(),
            PurchaseOrderReference = root.Path(A("OrderReference"), B("ID")).Text(),
            SalesOrderReference = root.Path(A("OrderReference"), B("SalesOrderID")).Text(),
            ReceivingAdviceReference = root.Path(A("ReceiptDocumentReference"), B("ID")).Text(),
            DespatchAdviceReference = root.Path(A("DespatchDocumentReference"), B("ID")).Text(),
            TenderReference = root.Path(A("OriginatorDocumentReference"), B("ID")).Text(),
            InvoicedObjectId = root.Elements(A("AdditionalDocumentReference"))
                .FirstOrDefault(d => d.ChildText(B("DocumentTypeCode")) == "130")?.Element(B("ID")).Id(),
            BuyerAccountingReference = root.ChildText(B("AccountingCost")),
            PaymentTerms = root.Path(A("PaymentTerms"), B("Note")).Text(),
            Notes = notes,
            BusinessProcess = root.ChildText(B("ProfileID")),
            SpecificationId = root.ChildText(B("CustomizationID")),
            PrecedingInvoices = root.Elements(A("BillingReference")).Select(ReadPrecedingInvoice).ToList(),
            Seller = ReadRole(root.Element(A("AccountingSupplierParty"))),
            Buyer = ReadRole(root.Element(A("AccountingCustomerParty"))),
            Payee = ReadPayee(root.Element(A("PayeeParty"))),
            TaxRepresentative = ReadTaxRepresentative(root.Element(A("TaxRepresentativeParty"))),
            Delivery = ReadDelivery(root.Element(A("Delivery"))),
            InvoicingPeriod = ReadPeriod(period),
            PaymentInstructions = root.Elements(A("PaymentMeans")).Select((p, i) => ReadPayment(root, p, i)).ToList(),
            AllowanceCharges = ReadAllowanceCharges(root, root.Elements(A("AllowanceCharge")), withVat: true),
            Totals = ReadTotals(root),
            VatBreakdowns = ReadVatBreakdowns(root),
            AdditionalDocuments = ReadAdditionalDocuments(root, isCreditNote),
            Lines = ReadLines(root, isCreditNote),
            UnreadableTerms = root.Element(B("IssueDate")) is { } issued && issued.Date(DateFormat) is null && issued.Value.Trim().Length > 0
                ? ["BT-2"]
                : [],
        };
    }

    private static string? DocumentReference(XElement root, string typeCode) =>
        root.Elements(A("AdditionalDocumentReference"))
            .FirstOrDefault(d => d.ChildText(B("DocumentTypeCode")) == typeCode)?.ChildText(B("ID"));

    private static Note ReadNote(XElement note)
    {
        var text = note.Value.Trim();
        if (text.Length > 5 && text[0] == '#' && text.IndexOf('#', 1) is > 1 and var end)
        {
            return new Note(text[1..end], text[(end + 1)..]);
        }

        return new Note(null, text);
    }

    private static PrecedingInvoice ReadPrecedingInvoice(XElement reference)
    {
        var document = reference.Element(A("InvoiceDocumentReference"));
        return new PrecedingInvoice(document.ChildText(B("ID")), document?.Element(B("IssueDate")).Date(DateFormat));
    }

    private static Period? ReadPeriod(XElement? period) => period is null
        ? null
        : new Period(period.Element(B("StartDate")).Date(DateFormat), period.Element(B("EndDate")).Date(DateFormat),
            period.ChildText(B("DescriptionCode")));
}
