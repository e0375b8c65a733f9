using OpenChorus.Formats.Tests.Samples;

namespace OpenChorus.Formats.Tests.Validation;

/// <summary>BR-CO-* calculation and consistency rules, and BR-DEC-* decimals.</summary>
public class CalculationRulesTests
{
    [Theory]
    [InlineData("<cbc:LineExtensionAmount currencyID=\"EUR\">300.00</cbc:LineExtensionAmount>", "<cbc:LineExtensionAmount currencyID=\"EUR\">301.00</cbc:LineExtensionAmount>", "BR-CO-10")]
    [InlineData("<cbc:AllowanceTotalAmount currencyID=\"EUR\">10.00</cbc:AllowanceTotalAmount>", "<cbc:AllowanceTotalAmount currencyID=\"EUR\">12.00</cbc:AllowanceTotalAmount>", "BR-CO-11")]
    [InlineData("<cbc:TaxExclusiveAmount currencyID=\"EUR\">290.00</cbc:TaxExclusiveAmount>", "<cbc:TaxExclusiveAmount currencyID=\"EUR\">291.00</cbc:TaxExclusiveAmount>", "BR-CO-13")]
    [InlineData("<cbc:TaxAmount currencyID=\"EUR\">58.00</cbc:TaxAmount>\n    <cac:TaxSubtotal>", "<cbc:TaxAmount currencyID=\"EUR\">59.00</cbc:TaxAmount>\n    <cac:TaxSubtotal>", "BR-CO-14")]
    [InlineData("<cbc:TaxInclusiveAmount currencyID=\"EUR\">348.00</cbc:TaxInclusiveAmount>", "<cbc:TaxInclusiveAmount currencyID=\"EUR\">350.00</cbc:TaxInclusiveAmount>", "BR-CO-15")]
    [InlineData("<cbc:PayableAmount currencyID=\"EUR\">348.00</cbc:PayableAmount>", "<cbc:PayableAmount currencyID=\"EUR\">340.00</cbc:PayableAmount>", "BR-CO-16")]
    [InlineData("<cbc:TaxableAmount currencyID=\"EUR\">290.00</cbc:TaxableAmount>\n      <cbc:TaxAmount currencyID=\"EUR\">58.00</cbc:TaxAmount>", "<cbc:TaxableAmount currencyID=\"EUR\">290.00</cbc:TaxableAmount>\n      <cbc:TaxAmount currencyID=\"EUR\">60.00</cbc:TaxAmount>", "BR-CO-17")]
    [InlineData("<cbc:CompanyID>FR32123456789</cbc:CompanyID>", "<cbc:CompanyID>32123456789</cbc:CompanyID>", "BR-CO-09")]
    public void Validate_InconsistentAmountsOrIdentifiers_ReportsRule(string find, string replacement, string rule)
    {
        Assert.Contains(rule, Validate.FatalRules(UblSamples.With(find, replacement)));
    }

    [Fact]
    public void Validate_NoVatBreakdown_ReportsBRCO18()
    {
        var xml = UblSamples.Invoice;
        var start = xml.IndexOf("<cac:TaxTotal>", StringComparison.Ordinal);
        var end = xml.IndexOf("</cac:TaxTotal>", StringComparison.Ordinal) + "</cac:TaxTotal>".Length;

        Assert.Contains("BR-CO-18", Validate.FatalRules(xml.Remove(start, end - start)));
    }

    [Theory]
    [InlineData("<cbc:LineExtensionAmount currencyID=\"EUR\">200.00</cbc:LineExtensionAmount>", "<cbc:LineExtensionAmount currencyID=\"EUR\">200.001</cbc:LineExtensionAmount>", "BR-DEC-23")]
    [InlineData("<cbc:PayableAmount currencyID=\"EUR\">348.00</cbc:PayableAmount>", "<cbc:PayableAmount currencyID=\"EUR\">348.000</cbc:PayableAmount>", "BR-DEC-18")]
    [InlineData("<cbc:Amount currencyID=\"EUR\">10.00</cbc:Amount>", "<cbc:Amount currencyID=\"EUR\">10.000</cbc:Amount>", "BR-DEC-01")]
    public void Validate_MoreThanTwoDecimals_ReportsDecimalRule(string find, string replacement, string rule)
    {
        Assert.Contains(rule, Validate.FatalRules(UblSamples.With(find, replacement)));
    }

    [Fact]
    public void Validate_CiiLineTotalNotSumOfLines_ReportsBRCO10()
    {
        var xml = CiiSamples.WithLast("<ram:LineTotalAmount>1000.00</ram:LineTotalAmount>", "<ram:LineTotalAmount>999.00</ram:LineTotalAmount>");

        Assert.Contains("BR-CO-10", Validate.FatalRules(xml));
    }
}
