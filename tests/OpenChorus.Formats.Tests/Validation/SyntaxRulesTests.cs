using OpenChorus.Formats.Tests.Samples;

namespace OpenChorus.Formats.Tests.Validation;

/// <summary>UBL-SR/DT/CR, CII-SR/DT syntax rules and the XSD-level data type checks.</summary>
public class SyntaxRulesTests
{
    private const string VatCategory = "<cac:ClassifiedTaxCategory>\n        <cbc:ID>S</cbc:ID>\n        <cbc:Percent>20</cbc:Percent>\n        <cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme>\n      </cac:ClassifiedTaxCategory>\n    </cac:Item>\n    <cac:Price><cbc:PriceAmount currencyID=\"EUR\">100.00</cbc:PriceAmount>";

    [Fact]
    public void Validate_LineWithTwoTaxCategories_ReportsUBLSR48()
    {
        var doubled = VatCategory.Replace("</cac:ClassifiedTaxCategory>", "</cac:ClassifiedTaxCategory><cac:ClassifiedTaxCategory><cbc:ID>Z</cbc:ID><cbc:Percent>0</cbc:Percent><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:ClassifiedTaxCategory>", StringComparison.Ordinal);

        Assert.Contains("UBL-SR-48", Validate.FatalRules(UblSamples.With(VatCategory, doubled)));
    }

    [Fact]
    public void Validate_PartyTaxSchemeWithoutCompanyId_ReportsUBLSR53()
    {
        var xml = UblSamples.With("<cbc:CompanyID>FR32123456789</cbc:CompanyID>", "");

        Assert.Contains("UBL-SR-53", Validate.FatalRules(xml));
    }

    [Fact]
    public void Validate_TwoContractReferences_ReportsUBLSR01FromGeneratedTable()
    {
        var xml = UblSamples.With("<cac:OrderReference>", "<cac:ContractDocumentReference><cbc:ID>C1</cbc:ID></cac:ContractDocumentReference><cac:ContractDocumentReference><cbc:ID>C2</cbc:ID></cac:ContractDocumentReference><cac:OrderReference>");

        Assert.Contains("UBL-SR-01", Validate.FatalRules(xml));
    }

    [Fact]
    public void Validate_AttachmentWithoutMimeCode_ReportsUBLDT06()
    {
        var xml = UblSamples.With("<cac:AccountingSupplierParty>", "<cac:AdditionalDocumentReference><cbc:ID>PJ-1</cbc:ID><cac:Attachment><cbc:EmbeddedDocumentBinaryObject filename=\"a.pdf\">JVBERi0=</cbc:EmbeddedDocumentBinaryObject></cac:Attachment></cac:AdditionalDocumentReference><cac:AccountingSupplierParty>");

        Assert.Contains("UBL-DT-06", Validate.FatalRules(xml));
    }

    [Fact]
    public void Validate_UblExtensions_ReportsUBLCR001Warning()
    {
        var xml = UblSamples.With("<cbc:CustomizationID>", "<ext:UBLExtensions xmlns:ext=\"urn:oasis:names:specification:ubl:schema:xsd:CommonExtensionComponents-2\"/><cbc:CustomizationID>");

        var report = Validate.Xml(xml);

        Assert.Contains(report.Violations, v => v.RuleId == "UBL-CR-001" && v.Severity == OpenChorus.Formats.Validation.Severity.Warning);
    }

    [Fact]
    public void Validate_UnusedDataTypeAttribute_ReportsUBLDT08Warning()
    {
        var xml = UblSamples.With("<cbc:EndpointID schemeID=\"0009\">", "<cbc:EndpointID schemeID=\"0009\" schemeName=\"SIRET\">");

        var report = Validate.Xml(xml);

        Assert.Contains(report.Violations, v => v.RuleId == "UBL-DT-08" && v.Severity == OpenChorus.Formats.Validation.Severity.Warning);
        Assert.Equal(OpenChorus.Formats.Validation.Verdict.Valid, report.Verdict);
    }

    [Fact]
    public void Validate_CiiTwoTaxPointDates_ReportsCIISR461()
    {
        const string Tax = "<ram:ApplicableTradeTax><ram:CalculatedAmount>0.00</ram:CalculatedAmount><ram:TypeCode>VAT</ram:TypeCode><ram:BasisAmount>0.00</ram:BasisAmount><ram:CategoryCode>S</ram:CategoryCode><ram:TaxPointDate><udt:DateString format=\"102\">20260301</udt:DateString></ram:TaxPointDate><ram:RateApplicablePercent>10</ram:RateApplicablePercent></ram:ApplicableTradeTax>";
        var xml = CiiSamples.With("<ram:SpecifiedTradePaymentTerms>", Tax + Tax + "<ram:SpecifiedTradePaymentTerms>");

        Assert.Contains("CII-SR-461", Validate.FatalRules(xml));
    }

    [Fact]
    public void Validate_CiiAmountWithCurrency_ReportsCIIDT031()
    {
        var xml = CiiSamples.With("<ram:GrandTotalAmount>1200.00</ram:GrandTotalAmount>", "<ram:GrandTotalAmount currencyID=\"EUR\">1200.00</ram:GrandTotalAmount>");

        Assert.Contains("CII-DT-031", Validate.FatalRules(xml));
    }

    [Theory]
    [InlineData("<cbc:ChargeIndicator>false</cbc:ChargeIndicator>", "<cbc:ChargeIndicator>no</cbc:ChargeIndicator>")]
    [InlineData("<cbc:Amount currencyID=\"EUR\">10.00</cbc:Amount>", "<cbc:Amount currencyID=\"EUR\">10,00</cbc:Amount>")]
    [InlineData("<cbc:IssueDate>2026-03-15</cbc:IssueDate>", "<cbc:IssueDate>15/03/2026</cbc:IssueDate>")]
    public void Validate_ValueOfWrongDataType_ReportsXsdDatatype(string find, string replacement)
    {
        Assert.Contains("XSD-DATATYPE", Validate.FatalRules(UblSamples.With(find, replacement)));
    }
}
