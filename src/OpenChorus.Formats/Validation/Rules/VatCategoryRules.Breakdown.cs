using OpenChorus.Formats.Model;
using static OpenChorus.Formats.Validation.Rules.Amounts;

namespace OpenChorus.Formats.Validation.Rules;

/// <summary>
/// Rules 08…10 on each VAT breakdown of a category. Rules 08 and 09 follow each binding's official formula: UBL sums
/// unrounded amounts (exactly, or within one unit for the per-rate categories S, AF, AG); CII rounds each sum to the
/// cent (exactly for S, AF, AG, O; within one unit for the others).
/// </summary>
internal sealed partial class VatCategoryRules
{
    private static void CheckBreakdown(Invoice invoice, VatCategoryProfile profile, VatBreakdown breakdown, ViolationSink sink)
    {
        sink.Require(TaxableAmountMatches(invoice, profile, breakdown), profile.Rule(8), breakdown.Location);
        sink.Require(TaxAmountMatches(invoice.Syntax == InvoiceSyntax.Cii, profile, breakdown), profile.Rule(9), breakdown.Location);
        var hasReason = breakdown.ExemptionReason is not null || breakdown.ExemptionReasonCode is not null;
        sink.Require(hasReason == profile.ExemptionReason, profile.Rule(10), breakdown.Location);
        if (profile.Code == "K")
        {
            sink.Require(invoice.Delivery?.ActualDate is not null || invoice.InvoicingPeriod is { Start: not null } or { End: not null },
                "BR-IC-11", breakdown.Location);
            sink.Require(!IsBlank(invoice.Delivery?.Address?.CountryCode), "BR-IC-12", breakdown.Location);
        }
    }

    private static bool TaxableAmountMatches(Invoice invoice, VatCategoryProfile profile, VatBreakdown breakdown)
    {
        if (profile.PerRate && breakdown.Rate is null)
        {
            return true;
        }

        var code = profile.Code;
        bool SameRate(decimal? rate) => !profile.PerRate || rate == breakdown.Rate;
        var lines = invoice.Lines.Where(l => l.VatCategoryCode == code && SameRate(l.VatRate)).ToList();
        var charges = invoice.Charges.Where(c => c.VatCategoryCode == code && SameRate(c.VatRate)).ToList();
        var allowances = invoice.Allowances.Where(a => a.VatCategoryCode == code && SameRate(a.VatRate)).ToList();
        if (breakdown.TaxableAmount is not { } taxable)
        {
            return false;
        }

        if (invoice.Syntax == InvoiceSyntax.Cii)
        {
            var expected = Round2(Sum(lines, l => l.NetAmount)) + Round2(Sum(charges, c => c.Amount)) - Round2(Sum(allowances, a => a.Amount));
            return profile.PerRate || code == "O" ? taxable == expected : Math.Abs(taxable - expected) < 1;
        }

        var sum = Sum(lines, l => l.NetAmount) + Sum(charges, c => c.Amount) - Sum(allowances, a => a.Amount);
        if (!profile.PerRate)
        {
            return invoice.Lines.Count > 0 && taxable == sum;
        }

        var used = code != "S" ? invoice.Lines.Count > 0 : lines.Count + charges.Count + allowances.Count > 0;
        return used && Math.Abs(taxable - sum) < 1;
    }

    private static bool TaxAmountMatches(bool cii, VatCategoryProfile profile, VatBreakdown breakdown)
    {
        if (!profile.PerRate)
        {
            return breakdown.TaxAmount == 0;
        }

        if (cii && profile.Code != "S")
        {
            return true;
        }

        if (breakdown.TaxAmount is not { } tax || breakdown.TaxableAmount is not { } taxable || breakdown.Rate is not { } rate)
        {
            return false;
        }

        var expected = Round2(Math.Abs(taxable) * (rate / 100m));
        return Math.Abs(tax) - 1 < expected && Math.Abs(tax) + 1 > expected;
    }

    private static void CheckNotSubjectToVat(Invoice invoice, ViolationSink sink)
    {
        // The CII artefacts look at every ApplicableTradeTax, the line ones included.
        var othersInLines = invoice.Syntax == InvoiceSyntax.Cii && invoice.Lines.Any(l => l.VatCategoryCode is not null and not "O");
        sink.Require(invoice.VatBreakdowns.All(b => b.CategoryCode == "O") && !othersInLines, "BR-O-11", invoice.Location);
        sink.Require(invoice.Lines.All(l => l.VatCategoryCode == "O"), "BR-O-12", invoice.Location);
        sink.Require(invoice.Allowances.All(a => a.VatCategoryCode == "O"), "BR-O-13", invoice.Location);
        sink.Require(invoice.Charges.All(c => c.VatCategoryCode == "O"), "BR-O-14", invoice.Location);
    }
}
