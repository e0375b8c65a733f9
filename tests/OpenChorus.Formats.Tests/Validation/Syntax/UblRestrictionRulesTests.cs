using OpenChorus.Formats.Tests.Samples;

namespace OpenChorus.Formats.Tests.Validation.Syntax;

/// <summary>UBL-CR rules added to the generated table (line elements, attributes anywhere) and hand-written ones.</summary>
public class UblRestrictionRulesTests
{
    [Fact]
    public void Validate_ValidSample_ReportsNoRestriction()
    {
        Assert.DoesNotContain(Validate.AllRules(UblSamples.Invoice), id => id.StartsWith("UBL-CR-", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("<cbc:ID>1</cbc:ID>", "<cbc:ID>1</cbc:ID><cbc:UUID>u</cbc:UUID>", "UBL-CR-515")]
    [InlineData("<cbc:Name>Chaise</cbc:Name>", "<cbc:Name>Chaise</cbc:Name><cbc:BrandName>B</cbc:BrandName>", "UBL-CR-569")]
    [InlineData("<cbc:CompanyID>FR32123456789</cbc:CompanyID>", "<cbc:CompanyID schemeID=\"VAT\">FR32123456789</cbc:CompanyID>", "UBL-CR-652")]
    [InlineData("<cbc:IdentificationCode>FR</cbc:IdentificationCode>", "<cbc:IdentificationCode listID=\"ISO3166\">FR</cbc:IdentificationCode>", "UBL-CR-660")]
    [InlineData("<cbc:AllowanceChargeReasonCode>95</cbc:AllowanceChargeReasonCode>", "<cbc:AllowanceChargeReasonCode listID=\"UNCL5189\">95</cbc:AllowanceChargeReasonCode>", "UBL-CR-662")]
    [InlineData("unitCode=\"C62\"", "unitCode=\"C62\" unitCodeListID=\"REC20\"", "UBL-CR-663")]
    [InlineData("<cbc:PaymentMeansCode>30</cbc:PaymentMeansCode>", "<cbc:PaymentMeansCode>30</cbc:PaymentMeansCode><cac:PayerFinancialAccount><cbc:ID>X</cbc:ID></cac:PayerFinancialAccount>", "UBL-CR-680")]
    [InlineData("<cbc:PaymentMeansCode>30</cbc:PaymentMeansCode>", "<cbc:PaymentMeansCode>30</cbc:PaymentMeansCode><cbc:PaymentDueDate>2026-04-14</cbc:PaymentDueDate>", "UBL-CR-412")]
    [InlineData("<cbc:CustomizationID>", "<cbc:UBLVersionID>2.0</cbc:UBLVersionID><cbc:CustomizationID>", "UBL-CR-002")]
    [InlineData("<cbc:ID>FR7630006000011234567890189</cbc:ID>", "<cbc:ID>FR7630006000011234567890189</cbc:ID><cac:FinancialInstitutionBranch><cbc:ID>B</cbc:ID><cac:FinancialInstitution><cbc:ID>F</cbc:ID></cac:FinancialInstitution></cac:FinancialInstitutionBranch>", "UBL-CR-664")]
    [InlineData("<cac:AccountingSupplierParty>", "<cac:AdditionalDocumentReference><cbc:ID schemeID=\"ABT\">D1</cbc:ID></cac:AdditionalDocumentReference><cac:AccountingSupplierParty>", "UBL-CR-665")]
    public void Validate_ElementTheBindingDoesNotUse_ReportsTheRestriction(string find, string replacement, string rule)
    {
        Assert.Contains(rule, Validate.AllRules(UblSamples.With(find, replacement)));
    }

    [Fact]
    public void Validate_LineRestriction_PointsAtTheLine()
    {
        var report = Validate.Xml(UblSamples.With("<cbc:ID>2</cbc:ID>", "<cbc:ID>2</cbc:ID><cbc:UUID>u</cbc:UUID>"));

        var violation = Assert.Single(report.Violations, v => v.RuleId == "UBL-CR-515");
        Assert.Equal("/Invoice/cac:InvoiceLine[2]", violation.XPath);
    }

    [Theory]
    [InlineData("<cac:Attachment><cbc:EmbeddedDocumentBinaryObject mimeCode=\"application/pdf\" filename=\"a.pdf\">JVBERi0=</cbc:EmbeddedDocumentBinaryObject></cac:Attachment>", "UBL-CR-666")]
    [InlineData("<cbc:DocumentDescription>Objet</cbc:DocumentDescription>", "UBL-CR-673")]
    public void Validate_InvoicedObjectWithAttachmentOrDescription_IsRejected(string extra, string rule)
    {
        var xml = UblSamples.With("<cac:AccountingSupplierParty>", "<cac:AdditionalDocumentReference><cbc:ID schemeID=\"ABT\">OBJ-1</cbc:ID><cbc:DocumentTypeCode>130</cbc:DocumentTypeCode>" + extra + "</cac:AdditionalDocumentReference><cac:AccountingSupplierParty>");

        Assert.Contains(rule, Validate.FatalRules(xml));
    }
}
