using OpenChorus.Formats.Model;
using static OpenChorus.Formats.Validation.Rules.Amounts;

namespace OpenChorus.Formats.Validation.Rules;

/// <summary>BR-45…BR-48 and BR-CO-17 on each VAT breakdown (BG-23).</summary>
internal sealed class VatBreakdownRules : IInvoiceRules
{
    public void Check(Invoice invoice, ViolationSink sink)
    {
        foreach (var breakdown in invoice.VatBreakdowns)
        {
            var at = breakdown.Location;
            sink.Require(breakdown.TaxableAmount is not null, "BR-45", at);
            sink.Require(breakdown.TaxAmount is not null, "BR-46", at);
            sink.Require(breakdown.CategoryCode is not null && breakdown.CategoryIsVat, "BR-47", at);
            sink.Require(breakdown.CategoryIsVat && (breakdown.Rate is not null || breakdown.CategoryCode == "O"), "BR-48", at);
            sink.Require(TaxMatchesRate(breakdown, inclusive: invoice.Syntax == InvoiceSyntax.Cii), "BR-CO-17", at);
        }
    }

    /// <summary>UBL allows strictly less than one unit of difference; CII up to one unit inclusive.</summary>
    private static bool TaxMatchesRate(VatBreakdown breakdown, bool inclusive)
    {
        if (breakdown.TaxAmount is not { } tax)
        {
            return false;
        }

        if (breakdown.Rate is not { } rate || !breakdown.CategoryIsVat)
        {
            return Round0(tax) == 0;
        }

        if (Round0(rate) == 0)
        {
            return Round0(tax) == 0;
        }

        if (breakdown.TaxableAmount is not { } taxable)
        {
            return false;
        }

        var expected = Round2(Math.Abs(taxable) * (rate / 100m));
        return inclusive
            ? Math.Abs(tax) - 1 <= expected && Math.Abs(tax) + 1 >= expected
            : Math.Abs(tax) - 1 < expected && Math.Abs(tax) + 1 > expected;
    }
}
