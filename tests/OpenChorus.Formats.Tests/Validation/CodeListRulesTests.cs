using OpenChorus.Formats.CodeLists;
using OpenChorus.Formats.Tests.Samples;

namespace OpenChorus.Formats.Tests.Validation;

/// <summary>BR-CL-* code list rules, on the lists generated from the official artefacts.</summary>
public class CodeListRulesTests
{
    [Theory]
    [InlineData("<cbc:InvoiceTypeCode>380</cbc:InvoiceTypeCode>", "<cbc:InvoiceTypeCode>999</cbc:InvoiceTypeCode>", "BR-CL-01")]
    [InlineData("<cbc:Amount currencyID=\"EUR\">10.00</cbc:Amount>", "<cbc:Amount currencyID=\"EURO\">10.00</cbc:Amount>", "BR-CL-03")]
    [InlineData("<cbc:DocumentCurrencyCode>EUR</cbc:DocumentCurrencyCode>", "<cbc:DocumentCurrencyCode>XYZ</cbc:DocumentCurrencyCode>", "BR-CL-04")]
    [InlineData("#AAI#", "#QQQ#", "BR-CL-08")]
    [InlineData("<cbc:CompanyID schemeID=\"0002\">", "<cbc:CompanyID schemeID=\"99999\">", "BR-CL-11")]
    [InlineData("<cbc:IdentificationCode>FR</cbc:IdentificationCode></cac:Country>\n      </cac:PostalAddress>\n      <cac:PartyTaxScheme>", "<cbc:IdentificationCode>XX</cbc:IdentificationCode></cac:Country>\n      </cac:PostalAddress>\n      <cac:PartyTaxScheme>", "BR-CL-14")]
    [InlineData("<cbc:PaymentMeansCode>30</cbc:PaymentMeansCode>", "<cbc:PaymentMeansCode>999</cbc:PaymentMeansCode>", "BR-CL-16")]
    [InlineData("<cbc:AllowanceChargeReasonCode>95</cbc:AllowanceChargeReasonCode>", "<cbc:AllowanceChargeReasonCode>ZZZ</cbc:AllowanceChargeReasonCode>", "BR-CL-19")]
    [InlineData("unitCode=\"C62\"", "unitCode=\"NOPE\"", "BR-CL-23")]
    [InlineData("<cbc:EndpointID schemeID=\"0009\">12345678900017</cbc:EndpointID>", "<cbc:EndpointID schemeID=\"BAD\">12345678900017</cbc:EndpointID>", "BR-CL-25")]
    public void Validate_CodeOutsideOfficialList_ReportsRule(string find, string replacement, string rule)
    {
        Assert.Contains(rule, Validate.FatalRules(UblSamples.With(find, replacement)));
    }

    [Fact]
    public void CodeList_GeneratedLists_HoldWellKnownCodes()
    {
        Assert.Contains("EUR", (IReadOnlySet<string>)CodeList.CurrencyCodes);
        Assert.Contains("FR", (IReadOnlySet<string>)CodeList.CountryCodes);
        Assert.Contains("C62", (IReadOnlySet<string>)CodeList.UnitCodes);
        Assert.Contains("0009", (IReadOnlySet<string>)CodeList.IcdSchemes);
        Assert.Contains("VATEX-EU-IC", (IReadOnlySet<string>)CodeList.VatExemptionReasonCodes);
        Assert.Equal(["AE", "B", "E", "G", "K", "L", "M", "O", "S", "Z"], CodeList.VatCategoryCodes.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Validate_CiiUnknownVatCategory_ReportsBRCL18()
    {
        var xml = CiiSamples.WithLast("<ram:CategoryCode>S</ram:CategoryCode>", "<ram:CategoryCode>X</ram:CategoryCode>");

        Assert.Contains("BR-CL-18", Validate.FatalRules(xml));
    }
}
