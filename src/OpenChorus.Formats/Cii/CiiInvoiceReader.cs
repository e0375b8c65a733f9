using System.Xml.Linq;
using OpenChorus.Formats.Model;
using OpenChorus.Formats.Xml;
using static OpenChorus.Formats.Cii.CiiNames;

namespace OpenChorus.Formats.Cii;

/// <summary>Reads a CII D16B CrossIndustryInvoice into the EN 16931 semantic model (EN 16931-3-3 binding).</summary>
internal static partial class CiiInvoiceReader
{
    private const string Transaction = "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction";

    /// <summary>Reads the document; missing or unparseable values are left empty for the rules to report.</summary>
    public static Invoice Read(XElement root)
    {
        var context = root.Element(S("ExchangedDocumentContext"));
        var document = root.Element(S("ExchangedDocument"));
        var transaction = root.Element(S("SupplyChainTradeTransaction"));
        var agreement = transaction?.Element(R("ApplicableHeaderTradeAgreement"));
        var delivery = transaction?.Element(R("ApplicableHeaderTradeDelivery"));
        var settlement = transaction?.Element(R("ApplicableHeaderTradeSettlement"));
        var terms = settlement?.Element(R("SpecifiedTradePaymentTerms"));
        var headerTax = settlement?.Elements(R("ApplicableTradeTax")).ToList() ?? [];
        return new Invoice
        {
            Syntax = InvoiceSyntax.Cii,
            Location = new SourceLocation("/rsm:CrossIndustryInvoice", root.Line()),
            Number = document.ChildText(R("ID")),
            IssueDate = Date(document?.Element(R("IssueDateTime"))),
            TypeCode = document.ChildText(R("TypeCode")),
            CurrencyCode = settlement.ChildText(R("InvoiceCurrencyCode")),
            VatCurrencyCode = settlement.ChildText(R("TaxCurrencyCode")),
            TaxPointDate = headerTax.Select(t => Date(t.Element(R("TaxPointDate")))).FirstOrDefault(d => d is not null),
            TaxPointDateCode = headerTax.Select(t => t.ChildText(R("DueDateTypeCode"))).FirstOrDefault(c => c is not null),
            DueDate = Date(terms?.Element(R("DueDateDateTime"))),
            BuyerReference = agreement.ChildText(R("BuyerReference")),
            ProjectReference = agreement.Path(R("SpecifiedProcuringProject"), R("ID")).Text(),
            ContractReference = agreement.Path(R("ContractReferencedDocument"), R("IssuerAssignedID")).Text(),
            PurchaseOrderReference = agreement.Path(R("BuyerOrderReferencedDocument"), R("IssuerAssignedID")).Text(),
            SalesOrderReference = agreement.Path(R("SellerOrderReferencedDocument"), R("IssuerAssignedID")).Text(),
            ReceivingAdviceReference = delivery.Path(R("ReceivingAdviceReferencedDocument"), R("IssuerAssignedID")).Text(),
            DespatchAdviceReference = delivery.Path(R("DespatchAdviceReferencedDocument"), R("IssuerAssignedID")).Text(),
            TenderReference = ReferencedDocument(agreement, "50")?.ChildText(R("IssuerAssignedID")),
            InvoicedObjectId = ObjectId(ReferencedDocument(agreement, "130")),
            BuyerAccountingReference = settlement.Path(R("ReceivableSpecifiedTradeAccountingAccount"), R("ID")).Text(),
            PaymentTerms = terms.ChildText(R("Description")),
            Notes = document?.Elements(R("IncludedNote"))
                .Select(n => new Note(n.ChildText(R("SubjectCode")), n.ChildText(R("Content")) ?? "")).ToList() ?? [],
            BusinessProcess = context.Path(R("BusinessProcessSpecifiedDocumentContextParameter"), R("ID")).Text(),
            SpecificationId = context.Path(R("GuidelineSpecifiedDocumentContextParameter"), R("ID")).Text(),
            PrecedingInvoices = settlement?.Elements(R("InvoiceReferencedDocument"))
                .Select(d => new PrecedingInvoice(d.ChildText(R("IssuerAssignedID")), Date(d.Element(R("FormattedIssueDateTime")))))
                .ToList() ?? [],
            Seller = ReadParty(agreement?.Element(R("SellerTradeParty"))),
            Buyer = ReadParty(agreement?.Element(R("BuyerTradeParty"))),
            Payee = ReadPayee(settlement?.Element(R("PayeeTradeParty"))),
            TaxRepresentative = ReadTaxRepresentative(agreement?.Element(R("SellerTaxRepresentativeTradeParty"))),
            Delivery = ReadDelivery(delivery),
            InvoicingPeriod = ReadPeriod(settlement?.Element(R("BillingSpecifiedPeriod"))),
            PaymentInstructions = ReadPayments(settlement),
            AllowanceCharges = ReadAllowanceCharges(settlement, Transaction + "/ram:ApplicableHeaderTradeSettlement", withVat: true),
            Totals = ReadTotals(settlement),
            VatBreakdowns = ReadVatBreakdowns(headerTax),
            AdditionalDocuments = ReadAdditionalDocuments(agreement),
            Lines = ReadLines(transaction),
            UnreadableTerms = document?.Element(R("IssueDateTime"))?.Element(Udt + "DateTimeString") is { } issued &&
                Date(issued.Parent) is null && issued.Value.Trim().Length > 0
                ? ["BT-2"]
                : [],
        };
    }

    private static XElement? ReferencedDocument(XElement? agreement, string typeCode) =>
        agreement?.Elements(R("AdditionalReferencedDocument")).FirstOrDefault(d => d.ChildText(R("TypeCode")) == typeCode);

    /// <summary>An object identifier (BT-18, BT-128): its scheme (BT-18-1, BT-128-1) is the ReferenceTypeCode, or a schemeID.</summary>
    internal static Identifier? ObjectId(XElement? document) =>
        document?.Element(R("IssuerAssignedID")).Id() is { } id
            ? id with { SchemeId = document.ChildText(R("ReferenceTypeCode")) ?? id.SchemeId }
            : null;

    /// <summary>A CII date (udt or qdt DateTimeString, or udt DateString for the tax point date; format 102 = yyyyMMdd).</summary>
    internal static DateOnly? Date(XElement? container)
    {
        var value = container?.Element(Udt + "DateTimeString") ?? container?.Element(Qdt + "DateTimeString") ??
            container?.Element(Udt + "DateString");
        return value.Date("yyyyMMdd");
    }

    private static Period? ReadPeriod(XElement? period) => period is null
        ? null
        : new Period(Date(period.Element(R("StartDateTime"))), Date(period.Element(R("EndDateTime"))));
}
