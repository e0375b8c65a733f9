using OpenChorus.Formats.Tests.Samples;

namespace OpenChorus.Formats.Tests.Validation.Syntax;

/// <summary>CII-SR and CII-DT rules with a condition, a predicate or a document-wide path.</summary>
public class CiiConditionalRulesTests
{
    private const string Seller = "<ram:Name>Conseil Martin SAS</ram:Name>";
    private const string Product = "<ram:SpecifiedTradeProduct><ram:Name>Conseil</ram:Name></ram:SpecifiedTradeProduct>";

    [Fact]
    public void Validate_ValidSample_ReportsNoSyntaxRule()
    {
        Assert.DoesNotContain(Validate.AllRules(CiiSamples.Invoice), id => id.StartsWith("CII-", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(Product, "<ram:SpecifiedTradeProduct><ram:GlobalID>3456</ram:GlobalID><ram:Name>Conseil</ram:Name></ram:SpecifiedTradeProduct>", "CII-SR-046")]
    [InlineData(Product, "<ram:SpecifiedTradeProduct><ram:Name>Conseil</ram:Name><ram:OriginTradeCountry/></ram:SpecifiedTradeProduct>", "CII-SR-090")]
    [InlineData("<ram:LineTotalAmount>1000.00</ram:LineTotalAmount></ram:SpecifiedTradeSettlementLineMonetarySummation>", "<ram:LineTotalAmount currencyCodeListVersionID=\"2001\">1000.00</ram:LineTotalAmount></ram:SpecifiedTradeSettlementLineMonetarySummation>", "CII-DT-032")]
    [InlineData("<ram:InvoiceCurrencyCode>EUR</ram:InvoiceCurrencyCode>", "<ram:PaymentReference>A</ram:PaymentReference><ram:PaymentReference>B</ram:PaymentReference><ram:InvoiceCurrencyCode>EUR</ram:InvoiceCurrencyCode>", "CII-SR-469")]
    public void Validate_FatalConditionBroken_IsRejected(string find, string replacement, string rule)
    {
        Assert.Contains(rule, Validate.FatalRules(CiiSamples.With(find, replacement)));
    }

    [Theory]
    [InlineData("<ram:ID>urn:cen.eu:en16931:2017</ram:ID>", "<ram:ID>urn:cen.eu:en16931:2017</ram:ID><ram:Value>x</ram:Value>", "CII-SR-04")]
    [InlineData("<ram:Name>Commune d'Exemple</ram:Name>", "<ram:ID>B1</ram:ID><ram:GlobalID schemeID=\"0088\">1234</ram:GlobalID><ram:Name>Commune d'Exemple</ram:Name>", "CII-SR-450")]
    [InlineData(Seller, Seller + "<ram:DefinedTradeContact><ram:PersonName>A</ram:PersonName><ram:DepartmentName>B</ram:DepartmentName></ram:DefinedTradeContact>", "CII-SR-465")]
    [InlineData("<ram:BuyerReference>SERVICE-42</ram:BuyerReference>", "<ram:BuyerReference>SERVICE-42</ram:BuyerReference><ram:AdditionalReferencedDocument><ram:IssuerAssignedID>1</ram:IssuerAssignedID><ram:TypeCode>50</ram:TypeCode></ram:AdditionalReferencedDocument><ram:AdditionalReferencedDocument><ram:IssuerAssignedID>2</ram:IssuerAssignedID><ram:TypeCode>50</ram:TypeCode></ram:AdditionalReferencedDocument>", "CII-SR-457")]
    [InlineData("<ram:SpecifiedTradeSettlementLineMonetarySummation>", "<ram:ApplicableTradeTax><ram:TypeCode>VAT</ram:TypeCode><ram:BasisAmount>1.00</ram:BasisAmount><ram:CategoryCode>S</ram:CategoryCode></ram:ApplicableTradeTax><ram:SpecifiedTradeSettlementLineMonetarySummation>", "CII-DT-041")]
    [InlineData("<ram:NetPriceProductTradePrice>", "<ram:GrossPriceProductTradePrice><ram:ChargeAmount>510.00</ram:ChargeAmount><ram:AppliedTradeAllowanceCharge><ram:ActualAmount>10.00</ram:ActualAmount></ram:AppliedTradeAllowanceCharge></ram:GrossPriceProductTradePrice><ram:NetPriceProductTradePrice>", "CII-SR-119")]
    public void Validate_WarningConditionBroken_IsReported(string find, string replacement, string rule)
    {
        Assert.Contains(rule, Validate.AllRules(CiiSamples.With(find, replacement)));
    }
}
