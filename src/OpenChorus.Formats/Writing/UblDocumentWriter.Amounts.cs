using OpenChorus.Formats.Model;

namespace OpenChorus.Formats.Writing;

internal sealed partial class UblDocumentWriter
{
    private void WriteAllowanceCharges(IReadOnlyList<AllowanceCharge> allowanceCharges, bool withVat)
    {
        foreach (var item in allowanceCharges)
        {
            A("AllowanceCharge");
            B("ChargeIndicator", item.IsCharge ? "true" : "false");
            B("AllowanceChargeReasonCode", item.ReasonCode);
            B("AllowanceChargeReason", item.Reason);
            B("MultiplierFactorNumeric", Number(item.Percentage));
            Amount("Amount", item.Amount ?? 0m);
            Amount("BaseAmount", item.BaseAmount);
            if (withVat && (item.VatCategoryCode is not null || item.VatRate is not null))
            {
                TaxCategory("TaxCategory", item.VatCategoryCode, item.VatRate, null, null);
            }

            End();
        }
    }

    private void TaxCategory(string name, string? code, decimal? rate, string? exemptionCode, string? exemptionReason)
    {
        A(name);
        B("ID", code ?? "");
        B("Percent", Number(rate));
        B("TaxExemptionReasonCode", exemptionCode);
        B("TaxExemptionReason", exemptionReason);
        A("TaxScheme");
        B("ID", "VAT");
        End();
        End();
    }

    private void WriteTaxTotals()
    {
        var totals = invoice.Totals;
        if (totals?.VatTotal is not null || invoice.VatBreakdowns.Count > 0)
        {
            A("TaxTotal");
            // cbc:TaxAmount is mandatory in UBL; a CII invoice may leave BT-110 out: it is then the sum of BT-117 (BR-CO-14).
            Amount("TaxAmount", totals?.VatTotal ?? invoice.VatBreakdowns.Sum(b => b.TaxAmount ?? 0m));
            foreach (var breakdown in invoice.VatBreakdowns)
            {
                A("TaxSubtotal");
                Amount("TaxableAmount", breakdown.TaxableAmount);
                Amount("TaxAmount", breakdown.TaxAmount);
                TaxCategory("TaxCategory", breakdown.CategoryCode, breakdown.Rate, breakdown.ExemptionReasonCode, breakdown.ExemptionReason);
                End();
            }

            End();
        }

        if (totals?.VatTotalInAccountingCurrency is { } accounting && invoice.VatCurrencyCode != invoice.CurrencyCode)
        {
            A("TaxTotal");
            Amount("TaxAmount", accounting, invoice.VatCurrencyCode);
            End();
        }
    }

    private void WriteMonetaryTotal()
    {
        var totals = invoice.Totals ?? new DocumentTotals();
        A("LegalMonetaryTotal");
        Amount("LineExtensionAmount", totals.LineNetTotal);
        Amount("TaxExclusiveAmount", totals.TaxExclusiveAmount);
        Amount("TaxInclusiveAmount", totals.TaxInclusiveAmount);
        Amount("AllowanceTotalAmount", totals.AllowanceTotal);
        Amount("ChargeTotalAmount", totals.ChargeTotal);
        Amount("PrepaidAmount", totals.PrepaidAmount);
        Amount("PayableRoundingAmount", totals.RoundingAmount);
        Amount("PayableAmount", totals.PayableAmount ?? 0m);
        End();
    }
}
