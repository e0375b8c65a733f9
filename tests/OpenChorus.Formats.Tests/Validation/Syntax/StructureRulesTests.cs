using OpenChorus.Formats.Tests.Samples;
using OpenChorus.Formats.Validation;

namespace OpenChorus.Formats.Tests.Validation.Syntax;

/// <summary>UBL-XSD and CII-XSD: the structure the UBL 2.1 and CII D16B schemas require, from the generated table.</summary>
public class StructureRulesTests
{
    [Fact]
    public void Validate_ValidSamples_HaveNoStructureViolation()
    {
        Assert.DoesNotContain("UBL-XSD", Validate.AllRules(UblSamples.Invoice));
        Assert.DoesNotContain("CII-XSD", Validate.AllRules(CiiSamples.Invoice));
    }

    [Fact]
    public void Validate_UnknownUblElement_NamesItAndWhatIsExpected()
    {
        var report = Validate.Xml(UblSamples.With("<cbc:DueDate>", "<cbc:Foo>x</cbc:Foo><cbc:DueDate>"));

        var violation = Assert.Single(report.Violations, v => v.RuleId == "UBL-XSD");
        Assert.Equal(Severity.Fatal, violation.Severity);
        Assert.Equal("/Invoice/cbc:Foo", violation.XPath);
        Assert.Contains("cbc:Foo", violation.MessageEn, StringComparison.Ordinal);
        Assert.Contains("cbc:DueDate", violation.MessageEn, StringComparison.Ordinal);
        Assert.StartsWith("L'élément cbc:Foo n'est pas autorisé", violation.MessageFr, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ElementOutOfOrder_IsReportedWhereItStands()
    {
        var xml = UblSamples.With("<cbc:IssueDate>2026-03-15</cbc:IssueDate>\n  <cbc:DueDate>2026-04-14</cbc:DueDate>", "<cbc:DueDate>2026-04-14</cbc:DueDate>\n  <cbc:IssueDate>2026-03-15</cbc:IssueDate>");

        var violation = Assert.Single(Validate.Xml(xml).Violations, v => v.RuleId == "UBL-XSD");
        Assert.Contains("order", violation.MessageEn, StringComparison.Ordinal);
        Assert.Contains("cbc:IssueDate", violation.MessageFr, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ElementRepeatedBeyondItsMaximum_IsRejected()
    {
        var xml = UblSamples.With("<cbc:DueDate>2026-04-14</cbc:DueDate>", "<cbc:DueDate>2026-04-14</cbc:DueDate><cbc:DueDate>2026-04-15</cbc:DueDate>");

        var violation = Assert.Single(Validate.Xml(xml).Violations, v => v.RuleId == "UBL-XSD");
        Assert.Contains("plus de 1 fois", violation.MessageFr, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_MandatoryChildMissing_IsReportedAtTheParent()
    {
        var xml = UblSamples.With("<cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme>\n      </cac:PartyTaxScheme>", "</cac:PartyTaxScheme>");

        var violation = Assert.Single(Validate.Xml(xml).Violations, v => v.RuleId == "UBL-XSD");
        Assert.Equal("/Invoice/cac:AccountingSupplierParty/cac:Party/cac:PartyTaxScheme", violation.XPath);
        Assert.Contains("cac:TaxScheme", violation.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_SeveralMandatoryChildrenMissing_AreNamedInOneViolation()
    {
        var xml = UblSamples.With("<cbc:ID>F-2026-001</cbc:ID>\n  <cbc:IssueDate>2026-03-15</cbc:IssueDate>", "");

        var violation = Assert.Single(Validate.Xml(xml).Violations, v => v.RuleId == "UBL-XSD");
        Assert.Equal("L'élément Invoice n'a pas les sous-éléments obligatoires cbc:ID et cbc:IssueDate : ajoutez-les.", violation.MessageFr);
    }

    [Fact]
    public void Validate_AmountWithoutCurrency_LacksAMandatoryAttribute()
    {
        var xml = UblSamples.With("<cbc:PayableAmount currencyID=\"EUR\">", "<cbc:PayableAmount>");

        var violation = Assert.Single(Validate.Xml(xml).Violations, v => v.RuleId == "UBL-XSD");
        Assert.Contains("currencyID", violation.MessageFr, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_UnknownAttribute_IsRejected()
    {
        var xml = UblSamples.With("<cbc:PayableAmount currencyID=\"EUR\">", "<cbc:PayableAmount currencyID=\"EUR\" devise=\"EUR\">");

        Assert.Contains("UBL-XSD", Validate.FatalRules(xml));
    }

    [Fact]
    public void Validate_CiiWithoutExchangedDocument_ReportsTheMissingElement()
    {
        var xml = CiiSamples.With("<rsm:ExchangedDocument>", "<rsm:Other>").Replace("</rsm:ExchangedDocument>", "</rsm:Other>", StringComparison.Ordinal);

        var violations = Validate.Xml(xml).Violations.Where(v => v.RuleId == "CII-XSD").ToList();
        Assert.Contains(violations, v => v.MessageEn.Contains("rsm:Other", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.MessageEn.Contains("rsm:ExchangedDocument", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_CiiDateWithTwoFormats_ViolatesTheChoice()
    {
        var xml = CiiSamples.With("<udt:DateTimeString format=\"102\">20260315</udt:DateTimeString>", "<udt:DateTimeString format=\"102\">20260315</udt:DateTimeString><udt:DateTime>2026-03-15T00:00:00</udt:DateTime>");

        Assert.Contains("CII-XSD", Validate.FatalRules(xml));
    }
}
