using OpenChorus.Formats.Model;

namespace OpenChorus.Formats.Writing;

internal sealed partial class CiiDocumentWriter
{
    private void WriteVatBreakdown(VatBreakdown breakdown, bool first)
    {
        if (!Keep("BG-23", breakdown))
        {
            return;
        }

        R("ApplicableTradeTax");
        Leaf("CalculatedAmount", Number(breakdown.TaxAmount));
        Leaf("TypeCode", "VAT");
        Leaf("ExemptionReason", breakdown.ExemptionReason);
        Leaf("BasisAmount", Number(breakdown.TaxableAmount));
        Leaf("CategoryCode", breakdown.CategoryCode ?? "");
        Leaf("ExemptionReasonCode", breakdown.ExemptionReasonCode);
        // The model holds one tax point date (BT-7) and code (BT-8): CII allows one, on the first breakdown.
        if (first && Keep("BT-7", invoice.TaxPointDate))
        {
            Date("TaxPointDate", invoice.TaxPointDate, element: "DateString");
        }

        if (first)
        {
            Leaf("DueDateTypeCode", TaxPointDateCodes.ToCii(invoice.TaxPointDateCode), "BT-8");
        }

        Leaf("RateApplicablePercent", Number(breakdown.Rate));
        End();
    }

    private void WriteAllowanceCharges(IReadOnlyList<AllowanceCharge> allowanceCharges, bool withVat)
    {
        foreach (var item in allowanceCharges)
        {
            if (!Keep(withVat ? (item.IsCharge ? "BG-21" : "BG-20") : (item.IsCharge ? "BG-28" : "BG-27"), item))
            {
                continue;
            }

            R("SpecifiedTradeAllowanceCharge");
            R("ChargeIndicator");
            Leaf("udt", "Indicator", Udt, item.IsCharge ? "true" : "false");
            End();
            Leaf("CalculationPercent", Number(item.Percentage));
            Leaf("BasisAmount", Number(item.BaseAmount));
            Leaf("ActualAmount", Number(item.Amount ?? 0m));
            Leaf("ReasonCode", item.ReasonCode);
            Leaf("Reason", item.Reason);
            if (withVat && (item.VatCategoryCode is not null || item.VatRate is not null))
            {
                R("CategoryTradeTax");
                Leaf("TypeCode", "VAT");
                Leaf("CategoryCode", item.VatCategoryCode ?? "");
                Leaf("RateApplicablePercent", Number(item.VatRate));
                End();
            }

            End();
        }
    }

    private void WriteTotals()
    {
        var totals = invoice.Totals ?? new DocumentTotals();
        R("SpecifiedTradeSettlementHeaderMonetarySummation");
        Leaf("LineTotalAmount", totals.LineNetTotal, "BT-106");
        Leaf("ChargeTotalAmount", totals.ChargeTotal, "BT-108");
        Leaf("AllowanceTotalAmount", totals.AllowanceTotal, "BT-107");
        Leaf("TaxBasisTotalAmount", Number(totals.TaxExclusiveAmount ?? 0m));
        if (Keep("BT-110", totals.VatTotal))
        {
            Leaf("ram", "TaxTotalAmount", Ram, Number(totals.VatTotal), "currencyID", invoice.CurrencyCode ?? "");
        }

        if (invoice.VatCurrencyCode != invoice.CurrencyCode && Keep("BT-111", totals.VatTotalInAccountingCurrency))
        {
            Leaf("ram", "TaxTotalAmount", Ram, Number(totals.VatTotalInAccountingCurrency), "currencyID", invoice.VatCurrencyCode ?? "");
        }

        Leaf("RoundingAmount", totals.RoundingAmount, "BT-114");
        Leaf("GrandTotalAmount", Number(totals.TaxInclusiveAmount ?? 0m));
        Leaf("TotalPrepaidAmount", totals.PrepaidAmount, "BT-113");
        Leaf("DuePayableAmount", Number(totals.PayableAmount ?? 0m));
        End();
    }
}
