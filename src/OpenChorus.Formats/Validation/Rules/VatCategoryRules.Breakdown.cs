using OpenChorus.Formats.Model;
using static OpenChorus.Formats.Validation.Rules.Amounts;

namespace OpenChorus.Formats.Validation.Rules;

internal sealed partial class VatCategoryRules
{
    private static void CheckBreakdown(Invoice invoice, VatCategoryProfile profile, VatBreakdown breakdown, ViolationSink sink)
    {
        var code = profile.Code;
        var sameRate = (decimal? rate) => !profile.PerRate || rate == breakdown.Rate;
        var lineSum = Sum(invoice.Lines.Where(l => l.VatCategoryCode == code && sameRate(l.VatRate)), l => l.NetAmount);
        var chargeSum = Sum(invoice.Charges.Where(c => c.VatCategoryCode == code && sameRate(c.VatRate)), c => c.Amount);
        var allowanceSum = Sum(invoice.Allowances.Where(a => a.VatCategoryCode == code && sameRate(a.VatRate)), a => a.Amount);
        var expected = invoice.Syntax == InvoiceSyntax.Cii
            ? Round2(lineSum) + Round2(chargeSum) - Round2(allowanceSum)
            : lineSum + chargeSum - allowanceSum;
        var tolerance = code is "S" || (invoice.Syntax == InvoiceSyntax.Cii && code is "E" or "K") ? 1m : 0m;
        sink.Require(breakdown.TaxableAmount is { } taxable && Math.Abs(taxable - expected) <= tolerance &&
            (tolerance == 0 || Math.Abs(taxable - expected) < 1), profile.Rule(8), breakdown.Location);

        sink.Require(TaxAmountSatisfies(profile, breakdown), profile.Rule(9), breakdown.Location);
        var hasReason = breakdown.ExemptionReason is not null || breakdown.ExemptionReasonCode is not null;
        sink.Require(hasReason == profile.ExemptionReason, profile.Rule(10), breakdown.Location);
        if (code == "K")
        {
            sink.Require(invoice.Delivery?.ActualDate is not null || invoice.InvoicingPeriod is { Start: not null } or { End: not null },
                "BR-IC-11", breakdown.Location);
            sink.Require(!IsBlank(invoice.Delivery?.Address?.CountryCode), "BR-IC-12", breakdown.Location);
        }
    }

    private static bool TaxAmountSatisfies(VatCategoryProfile profile, VatBreakdown breakdown)
    {
        if (profile.Rate != RateDemand.Positive && !profile.PerRate)
        {
            return breakdown.TaxAmount == 0;
        }

        if (breakdown.TaxAmount is not { } tax || breakdown.TaxableAmount is not { } taxable || breakdown.Rate is not { } rate)
        {
            return profile.Code != "S";
        }

        var expected = Round2(Math.Abs(taxable) * rate / 100m);
        return profile.Code == "S"
            ? Math.Abs(tax) - 1 < expected && Math.Abs(tax) + 1 > expected
            : tax == Round2(taxable * rate / 100m);
    }

    private static void CheckNotSubjectToVat(Invoice invoice, ViolationSink sink)
    {
        sink.Require(invoice.VatBreakdowns.All(b => b.CategoryCode == "O"), "BR-O-11", invoice.Location);
        sink.Require(invoice.Lines.All(l => l.VatCategoryCode == "O"), "BR-O-12", invoice.Location);
        sink.Require(invoice.Allowances.All(a => a.VatCategoryCode == "O"), "BR-O-13", invoice.Location);
        sink.Require(invoice.Charges.All(c => c.VatCategoryCode == "O"), "BR-O-14", invoice.Location);
    }
}
