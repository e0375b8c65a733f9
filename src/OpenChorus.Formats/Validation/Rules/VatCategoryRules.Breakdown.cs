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

    /// <summary>
    /// BR-O-11…14. The CII artefacts look at every trade tax (BR-O-11 and BR-O-12 at the line ones and the breakdowns,
    /// BR-O-13 and BR-O-14 at the allowances and charges together); the UBL ones at categories of the VAT scheme.
    /// </summary>
    private static void CheckNotSubjectToVat(Invoice invoice, ViolationSink sink)
    {
        static bool Other(string? code) => code is not null and not "O";
        var at = invoice.Location;
        if (invoice.Syntax == InvoiceSyntax.Cii)
        {
            var otherTax = invoice.VatBreakdowns.Any(b => Other(b.CategoryCode)) || invoice.Lines.Any(l => Other(l.VatCategoryCode));
            var otherDocumentLevel = invoice.AllowanceCharges.Any(a => Other(a.VatCategoryCode));
            sink.Require(!otherTax, "BR-O-11", at);
            sink.Require(!otherTax, "BR-O-12", at);
            sink.Require(!otherDocumentLevel, "BR-O-13", at);
            sink.Require(!otherDocumentLevel, "BR-O-14", at);
            return;
        }

        sink.Require(!invoice.VatBreakdowns.Any(b => b.CategoryIsVat && Other(b.CategoryCode)), "BR-O-11", at);
        sink.Require(!invoice.Lines.Any(l => l.CategoryIsVat && Other(l.VatCategoryCode)), "BR-O-12", at);
        sink.Require(!invoice.Allowances.Any(a => a.CategoryIsVat && Other(a.VatCategoryCode)), "BR-O-13", at);
        sink.Require(!invoice.Charges.Any(c => c.CategoryIsVat && Other(c.VatCategoryCode)), "BR-O-14", at);
    }
}
