using OpenChorus.Formats.Tests.Samples;

namespace OpenChorus.Formats.Tests.Validation;

/// <summary>BR-01…BR-65 on UBL and CII invoices that break one rule each.</summary>
public class CoreRulesTests
{
    [Theory]
    [InlineData("<cbc:CustomizationID>urn:cen.eu:en16931:2017</cbc:CustomizationID>", "", "BR-01")]
    [InlineData("<cbc:ID>F-2026-001</cbc:ID>", "", "BR-02")]
    [InlineData("<cbc:IssueDate>2026-03-15</cbc:IssueDate>", "", "BR-03")]
    [InlineData("<cbc:InvoiceTypeCode>380</cbc:InvoiceTypeCode>", "", "BR-04")]
    [InlineData("<cbc:DocumentCurrencyCode>EUR</cbc:DocumentCurrencyCode>", "", "BR-05")]
    [InlineData("<cbc:RegistrationName>Atelier Dupont SARL</cbc:RegistrationName>", "", "BR-06")]
    [InlineData("<cbc:RegistrationName>Ministère des Exemples</cbc:RegistrationName>", "", "BR-07")]
    [InlineData("<cbc:Name>Chaise</cbc:Name>", "", "BR-25")]
    [InlineData("<cbc:PriceAmount currencyID=\"EUR\">100.00</cbc:PriceAmount>", "<cbc:PriceAmount currencyID=\"EUR\">-100.00</cbc:PriceAmount>", "BR-27")]
    [InlineData("<cbc:InvoicedQuantity unitCode=\"C62\">2</cbc:InvoicedQuantity>", "", "BR-22")]
    [InlineData("<cbc:AllowanceChargeReasonCode>95</cbc:AllowanceChargeReasonCode>\n    <cbc:AllowanceChargeReason>Remise</cbc:AllowanceChargeReason>", "", "BR-33")]
    [InlineData("<cbc:EndpointID schemeID=\"0009\">12345678900017</cbc:EndpointID>", "<cbc:EndpointID>12345678900017</cbc:EndpointID>", "BR-62")]
    [InlineData("<cac:PayeeFinancialAccount><cbc:ID>FR7630006000011234567890189</cbc:ID></cac:PayeeFinancialAccount>", "", "BR-61")]
    [InlineData("<cbc:PaymentMeansCode>30</cbc:PaymentMeansCode>", "", "BR-49")]
    [InlineData("<cbc:DueDate>2026-04-14</cbc:DueDate>", "<cac:InvoicePeriod><cbc:StartDate>2026-03-31</cbc:StartDate><cbc:EndDate>2026-03-01</cbc:EndDate></cac:InvoicePeriod>", "BR-29")]
    public void Validate_UblMissingOrWrongTerm_ReportsRule(string find, string replacement, string rule)
    {
        var rules = Validate.FatalRules(UblSamples.With(find, replacement));

        Assert.Contains(rule, rules);
    }

    [Theory]
    [InlineData("<ram:Name>Conseil Martin SAS</ram:Name>", "", "BR-06")]
    [InlineData("<ram:CountryID>FR</ram:CountryID></ram:PostalTradeAddress>\n        <ram:SpecifiedTaxRegistration>", "</ram:PostalTradeAddress>\n        <ram:SpecifiedTaxRegistration>", "BR-09")]
    [InlineData("<ram:LineID>1</ram:LineID>", "", "BR-21")]
    [InlineData("<ram:BilledQuantity unitCode=\"DAY\">2</ram:BilledQuantity>", "<ram:BilledQuantity>2</ram:BilledQuantity>", "BR-23")]
    public void Validate_CiiMissingOrWrongTerm_ReportsRule(string find, string replacement, string rule)
    {
        var rules = Validate.FatalRules(CiiSamples.With(find, replacement));

        Assert.Contains(rule, rules);
    }

    [Fact]
    public void Validate_CiiBreakdownWithoutCategory_ReportsBR47()
    {
        var xml = CiiSamples.WithLast("<ram:CategoryCode>S</ram:CategoryCode>", "");

        Assert.Contains("BR-47", Validate.FatalRules(xml));
    }

    [Fact]
    public void Validate_IssueDateNotADate_ReportsDataTypeButNotBR03()
    {
        var rules = Validate.FatalRules(UblSamples.With("<cbc:IssueDate>2026-03-15</cbc:IssueDate>", "<cbc:IssueDate>15/03/2026</cbc:IssueDate>"));

        Assert.Contains("XSD-DATATYPE", rules);
        Assert.DoesNotContain("BR-03", rules);
    }

    [Fact]
    public void Validate_NoInvoiceLines_ReportsBR16()
    {
        var xml = CiiSamples.Invoice;
        var start = xml.IndexOf("<ram:IncludedSupplyChainTradeLineItem>", StringComparison.Ordinal);
        var end = xml.IndexOf("</ram:IncludedSupplyChainTradeLineItem>", StringComparison.Ordinal) + "</ram:IncludedSupplyChainTradeLineItem>".Length;

        var rules = Validate.FatalRules(xml.Remove(start, end - start));

        Assert.Contains("BR-16", rules);
    }
}
