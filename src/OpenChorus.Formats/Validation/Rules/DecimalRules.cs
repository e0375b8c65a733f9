using OpenChorus.Formats.Model;
using static OpenChorus.Formats.Validation.Rules.Amounts;

namespace OpenChorus.Formats.Validation.Rules;

/// <summary>BR-DEC-01…BR-DEC-28: amounts carry at most two decimals.</summary>
internal sealed class DecimalRules : IInvoiceRules
{
    public void Check(Invoice invoice, ViolationSink sink)
    {
        foreach (var item in invoice.AllowanceCharges)
        {
            sink.Require(Decimals(item.Amount) <= 2, item.IsCharge ? "BR-DEC-05" : "BR-DEC-01", item.Location);
            sink.Require(Decimals(item.BaseAmount) <= 2, item.IsCharge ? "BR-DEC-06" : "BR-DEC-02", item.Location);
        }

        if (invoice.Totals is { } totals)
        {
            var at = invoice.Location;
            sink.Require(Decimals(totals.LineNetTotal) <= 2, "BR-DEC-09", at);
            sink.Require(Decimals(totals.AllowanceTotal) <= 2, "BR-DEC-10", at);
            sink.Require(Decimals(totals.ChargeTotal) <= 2, "BR-DEC-11", at);
            sink.Require(Decimals(totals.TaxExclusiveAmount) <= 2, "BR-DEC-12", at);
            sink.Require(Decimals(totals.VatTotal) <= 2, "BR-DEC-13", at);
            sink.Require(Decimals(totals.TaxInclusiveAmount) <= 2, "BR-DEC-14", at);
            sink.Require(Decimals(totals.VatTotalInAccountingCurrency) <= 2, "BR-DEC-15", at);
            sink.Require(Decimals(totals.PrepaidAmount) <= 2, "BR-DEC-16", at);
            sink.Require(Decimals(totals.RoundingAmount) <= 2, "BR-DEC-17", at);
            sink.Require(Decimals(totals.PayableAmount) <= 2, "BR-DEC-18", at);
        }

        foreach (var breakdown in invoice.VatBreakdowns)
        {
            sink.Require(Decimals(breakdown.TaxableAmount) <= 2, "BR-DEC-19", breakdown.Location);
            sink.Require(Decimals(breakdown.TaxAmount) <= 2, "BR-DEC-20", breakdown.Location);
        }

        foreach (var line in invoice.Lines)
        {
            sink.Require(Decimals(line.NetAmount) <= 2, "BR-DEC-23", line.Location);
            foreach (var item in line.AllowanceCharges)
            {
                sink.Require(Decimals(item.Amount) <= 2, item.IsCharge ? "BR-DEC-27" : "BR-DEC-24", item.Location);
                sink.Require(Decimals(item.BaseAmount) <= 2, item.IsCharge ? "BR-DEC-28" : "BR-DEC-25", item.Location);
            }
        }
    }
}
