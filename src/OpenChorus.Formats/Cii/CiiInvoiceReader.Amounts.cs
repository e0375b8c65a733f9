using System.Globalization;
using System.Xml.Linq;
using OpenChorus.Formats.Model;
using OpenChorus.Formats.Xml;
using static OpenChorus.Formats.Cii.CiiNames;

namespace OpenChorus.Formats.Cii;

internal static partial class CiiInvoiceReader
{
    private static List<PaymentInstructions> ReadPayments(XElement? settlement)
    {
        if (settlement is null)
        {
            return [];
        }

        var creditorId = settlement.ChildText(R("CreditorReferenceID"));
        var mandate = settlement.Path(R("SpecifiedTradePaymentTerms"), R("DirectDebitMandateID")).Text();
        var path = Transaction + "/ram:ApplicableHeaderTradeSettlement/ram:SpecifiedTradeSettlementPaymentMeans";
        return settlement.Elements(R("SpecifiedTradeSettlementPaymentMeans")).Select((means, i) =>
        {
            var card = means.Element(R("ApplicableTradeSettlementFinancialCard"));
            var debited = means.Path(R("PayerPartyDebtorFinancialAccount"), R("IBANID")).Text();
            return new PaymentInstructions
            {
                MeansCode = means.ChildText(R("TypeCode")),
                MeansText = means.ChildText(R("Information")),
                RemittanceInformation = settlement.ChildText(R("PaymentReference")),
                CreditTransfers = means.Elements(R("PayeePartyCreditorFinancialAccount")).Select(a => new CreditTransfer(
                    a.ChildText(R("IBANID")) ?? a.ChildText(R("ProprietaryID")), a.ChildText(R("AccountName")),
                    means.Path(R("PayeeSpecifiedCreditorFinancialInstitution"), R("BICID")).Text())).ToList(),
                Card = card is null ? null : new PaymentCard(card.ChildText(R("ID")), card.ChildText(R("CardholderName"))),
                DirectDebit = mandate is null && creditorId is null && debited is null
                    ? null
                    : new DirectDebit(mandate, creditorId, debited),
                Location = means.Locate(Indexed(path, i)),
            };
        }).ToList();
    }

    /// <summary>Reads allowances and charges; one whose indicator is neither true nor false is left out.</summary>
    private static List<AllowanceCharge> ReadAllowanceCharges(XElement? parent, string parentPath, bool withVat)
    {
        var result = new List<AllowanceCharge>();
        var index = 0;
        foreach (var e in parent?.Elements(R("SpecifiedTradeAllowanceCharge")) ?? [])
        {
            index++;
            if (e.Path(R("ChargeIndicator"), Udt + "Indicator").Boolean() is not { } isCharge)
            {
                continue;
            }

            var tax = withVat ? VatTax(e.Elements(R("CategoryTradeTax"))) : null;
            result.Add(new AllowanceCharge
            {
                IsCharge = isCharge,
                Amount = e.Element(R("ActualAmount")).Decimal(),
                BaseAmount = e.Element(R("BasisAmount")).Decimal(),
                Percentage = e.Element(R("CalculationPercent")).Decimal(),
                VatCategoryCode = tax.ChildText(R("CategoryCode")),
                VatRate = tax?.Element(R("RateApplicablePercent")).Decimal(),
                CategoryIsVat = tax is not null && IsVat(tax),
                Reason = e.ChildText(R("Reason")),
                ReasonCode = e.ChildText(R("ReasonCode")),
                Location = e.Locate(Indexed(parentPath + "/ram:SpecifiedTradeAllowanceCharge", index - 1)),
            });
        }

        return result;
    }

    /// <summary>The trade tax of type VAT, or else the first one (the rules then report the missing type).</summary>
    private static XElement? VatTax(IEnumerable<XElement>? taxes)
    {
        XElement? first = null;
        foreach (var tax in taxes ?? [])
        {
            if (IsVat(tax))
            {
                return tax;
            }

            first ??= tax;
        }

        return first;
    }

    /// <summary>A trade tax of type VAT, the only one that carries BT-95, BT-102, BT-118, BT-151.</summary>
    private static bool IsVat(XElement tax) => string.Equals(tax.ChildText(R("TypeCode")), "VAT", StringComparison.OrdinalIgnoreCase);

    private static DocumentTotals? ReadTotals(XElement? settlement)
    {
        var sums = settlement?.Element(R("SpecifiedTradeSettlementHeaderMonetarySummation"));
        if (sums is null)
        {
            return null;
        }

        var currency = settlement.ChildText(R("InvoiceCurrencyCode"));
        var vatCurrency = settlement.ChildText(R("TaxCurrencyCode"));
        var taxTotals = sums?.Elements(R("TaxTotalAmount")).ToList() ?? [];
        return new DocumentTotals
        {
            LineNetTotal = sums?.Element(R("LineTotalAmount")).Decimal(),
            AllowanceTotal = sums?.Element(R("AllowanceTotalAmount")).Decimal(),
            ChargeTotal = sums?.Element(R("ChargeTotalAmount")).Decimal(),
            TaxExclusiveAmount = sums?.Element(R("TaxBasisTotalAmount")).Decimal(),
            VatTotal = taxTotals.Where(t => t.Attr("currencyID") == currency).ToList() is [var single] ? single.Decimal() : null,
            VatTotalInAccountingCurrency = vatCurrency is null
                ? null
                : taxTotals.FirstOrDefault(t => t.Attr("currencyID") == vatCurrency).Decimal(),
            TaxInclusiveAmount = sums?.Element(R("GrandTotalAmount")).Decimal(),
            PrepaidAmount = sums?.Element(R("TotalPrepaidAmount")).Decimal(),
            RoundingAmount = sums?.Element(R("RoundingAmount")).Decimal(),
            PayableAmount = sums?.Element(R("DuePayableAmount")).Decimal(),
        };
    }

    private static List<VatBreakdown> ReadVatBreakdowns(List<XElement> headerTax) =>
        headerTax.Select((t, i) => new VatBreakdown
        {
            TaxableAmount = t.Element(R("BasisAmount")).Decimal(),
            TaxAmount = t.Element(R("CalculatedAmount")).Decimal(),
            CategoryCode = t.ChildText(R("CategoryCode")),
            Rate = t.Element(R("RateApplicablePercent")).Decimal(),
            CategoryIsVat = IsVat(t),
            ExemptionReason = t.ChildText(R("ExemptionReason")),
            ExemptionReasonCode = t.ChildText(R("ExemptionReasonCode")),
            Location = t.Locate(Indexed(Transaction + "/ram:ApplicableHeaderTradeSettlement/ram:ApplicableTradeTax", i)),
        }).ToList();

    private static List<AdditionalDocument> ReadAdditionalDocuments(XElement? agreement) =>
        agreement?.Elements(R("AdditionalReferencedDocument"))
            .Where(d => d.ChildText(R("TypeCode")) == "916")
            .Select(d =>
            {
                var binary = d.Element(R("AttachmentBinaryObject"));
                return new AdditionalDocument
                {
                    Id = d.ChildText(R("IssuerAssignedID")),
                    Description = d.ChildText(R("Name")),
                    ExternalUri = d.ChildText(R("URIID")),
                    AttachmentContent = binary.Base64(),
                    AttachmentMimeCode = binary.Attr("mimeCode"),
                    AttachmentFileName = binary.Attr("filename"),
                };
            }).ToList() ?? [];

    private static string Indexed(string path, int index) =>
        string.Create(CultureInfo.InvariantCulture, $"{path}[{index + 1}]");
}
