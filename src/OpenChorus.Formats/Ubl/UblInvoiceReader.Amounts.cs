using System.Globalization;
using System.Xml.Linq;
using OpenChorus.Formats.Model;
using OpenChorus.Formats.Xml;
using static OpenChorus.Formats.Ubl.UblNames;

namespace OpenChorus.Formats.Ubl;

internal static partial class UblInvoiceReader
{
    private static PaymentInstructions ReadPayment(XElement root, XElement means, int index)
    {
        var account = means.Element(A("PayeeFinancialAccount"));
        var card = means.Element(A("CardAccount"));
        var mandate = means.Element(A("PaymentMandate"));
        IEnumerable<XElement> identifications =
        [
            .. root.Path(A("AccountingSupplierParty"), A("Party"))?.Elements(A("PartyIdentification")) ?? [],
            .. root.Element(A("PayeeParty"))?.Elements(A("PartyIdentification")) ?? [],
        ];
        var creditorId = identifications.Select(p => p.Element(B("ID")))
            .FirstOrDefault(id => id?.Attr("schemeID") == "SEPA").Text();
        return new PaymentInstructions
        {
            MeansCode = means.ChildText(B("PaymentMeansCode")),
            MeansText = means.Element(B("PaymentMeansCode")).Attr("name"),
            RemittanceInformation = means.ChildText(B("PaymentID")),
            CreditTransfers = account is null
                ? []
                : [new CreditTransfer(account.ChildText(B("ID")), account.ChildText(B("Name")),
                    account.Path(A("FinancialInstitutionBranch"), B("ID")).Text())],
            Card = card is null ? null : new PaymentCard(card.ChildText(B("PrimaryAccountNumberID")), card.ChildText(B("HolderName"))),
            DirectDebit = mandate is null && creditorId is null
                ? null
                : new DirectDebit(mandate.ChildText(B("ID")), creditorId,
                    mandate.Path(A("PayerFinancialAccount"), B("ID")).Text()),
            Location = means.Locate(Indexed(RootPath(root) + "/cac:PaymentMeans", index)),
        };
    }

    /// <summary>
    /// Reads allowances and charges; one whose ChargeIndicator is neither true nor false is neither an allowance nor
    /// a charge for the rules, and is left out (the XSD check reports its indicator).
    /// </summary>
    private static List<AllowanceCharge> ReadAllowanceCharges(XElement parent, IEnumerable<XElement> elements, bool withVat, string? parentPath = null)
    {
        var basePath = (parentPath ?? RootPath(parent)) + "/cac:AllowanceCharge";
        var result = new List<AllowanceCharge>();
        var index = 0;
        foreach (var e in elements)
        {
            index++;
            if (e.Element(B("ChargeIndicator")).Boolean() is not { } isCharge)
            {
                continue;
            }

            var tax = withVat ? VatCategory(e.Elements(A("TaxCategory"))) : null;
            result.Add(new AllowanceCharge
            {
                IsCharge = isCharge,
                Amount = e.Element(B("Amount")).Decimal(),
                BaseAmount = e.Element(B("BaseAmount")).Decimal(),
                Percentage = e.Element(B("MultiplierFactorNumeric")).Decimal(),
                VatCategoryCode = tax.ChildText(B("ID")),
                VatRate = tax.Path(B("Percent")).Decimal(),
                CategoryIsVat = tax is not null && IsVatCategory(tax),
                Reason = e.ChildText(B("AllowanceChargeReason")),
                ReasonCode = e.ChildText(B("AllowanceChargeReasonCode")),
                Location = e.Locate(Indexed(basePath, index - 1)),
            });
        }

        return result;
    }

    private static DocumentTotals? ReadTotals(XElement root)
    {
        var totals = root.Element(A("LegalMonetaryTotal"));
        if (totals is null)
        {
            return null;
        }

        var currency = root.ChildText(B("DocumentCurrencyCode"));
        var vatCurrency = root.ChildText(B("TaxCurrencyCode"));
        var taxAmounts = root.Elements(A("TaxTotal")).Select(t => t.Element(B("TaxAmount"))).OfType<XElement>().ToList();
        var inCurrency = taxAmounts.Where(t => t.Attr("currencyID") == currency).ToList();
        return new DocumentTotals
        {
            LineNetTotal = totals.Path(B("LineExtensionAmount")).Decimal(),
            AllowanceTotal = totals.Path(B("AllowanceTotalAmount")).Decimal(),
            ChargeTotal = totals.Path(B("ChargeTotalAmount")).Decimal(),
            TaxExclusiveAmount = totals.Path(B("TaxExclusiveAmount")).Decimal(),
            VatTotal = inCurrency.Count == 1 ? inCurrency[0].Decimal() : null,
            VatTotalInAccountingCurrency = vatCurrency is null
                ? null
                : taxAmounts.FirstOrDefault(t => t.Attr("currencyID") == vatCurrency).Decimal(),
            TaxInclusiveAmount = totals.Path(B("TaxInclusiveAmount")).Decimal(),
            PrepaidAmount = totals.Path(B("PrepaidAmount")).Decimal(),
            RoundingAmount = totals.Path(B("PayableRoundingAmount")).Decimal(),
            PayableAmount = totals.Path(B("PayableAmount")).Decimal(),
        };
    }

    private static List<VatBreakdown> ReadVatBreakdowns(XElement root)
    {
        var result = new List<VatBreakdown>();
        var totalIndex = 0;
        foreach (var taxTotal in root.Elements(A("TaxTotal")))
        {
            totalIndex++;
            var path = Indexed(RootPath(root) + "/cac:TaxTotal", totalIndex - 1) + "/cac:TaxSubtotal";
            result.AddRange(taxTotal.Elements(A("TaxSubtotal")).Select((s, i) =>
            {
                var category = VatCategory(s.Elements(A("TaxCategory")));
                return new VatBreakdown
                {
                    TaxableAmount = s.Element(B("TaxableAmount")).Decimal(),
                    TaxAmount = s.Element(B("TaxAmount")).Decimal(),
                    CategoryCode = category.ChildText(B("ID")),
                    Rate = category.Path(B("Percent")).Decimal(),
                    CategoryIsVat = category is not null && IsVatCategory(category),
                    ExemptionReason = category.ChildText(B("TaxExemptionReason")),
                    ExemptionReasonCode = category.ChildText(B("TaxExemptionReasonCode")),
                    Location = s.Locate(Indexed(path, i)),
                };
            }));
        }

        return result;
    }

    private static List<AdditionalDocument> ReadAdditionalDocuments(XElement root, bool isCreditNote) =>
        root.Elements(A("AdditionalDocumentReference"))
            .Where(d => d.ChildText(B("DocumentTypeCode")) is not "130" && !(isCreditNote && d.ChildText(B("DocumentTypeCode")) == "50"))
            .Select(d =>
            {
                var binary = d.Path(A("Attachment"), B("EmbeddedDocumentBinaryObject"));
                return new AdditionalDocument
                {
                    Id = d.ChildText(B("ID")),
                    Description = d.ChildText(B("DocumentDescription")),
                    ExternalUri = d.Path(A("Attachment"), A("ExternalReference"), B("URI")).Text(),
                    AttachmentContent = binary.Base64(),
                    AttachmentMimeCode = binary.Attr("mimeCode"),
                    AttachmentFileName = binary.Attr("filename"),
                };
            }).ToList();

    private static string RootPath(XElement element) =>
        element.Document?.Root?.Name.Namespace == CreditNote ? "/CreditNote" : "/Invoice";

    private static string Indexed(string path, int index) =>
        string.Create(CultureInfo.InvariantCulture, $"{path}[{index + 1}]");
}
