using OpenChorus.Formats.Tests.Samples;
using OpenChorus.Formats.Validation;

namespace OpenChorus.Formats.Tests.Validation;

/// <summary>Every rule says, in French and English, what is wrong and how to fix it: none falls back to a generic message.</summary>
public class RuleWordingTests
{
    [Fact]
    public void EveryOfficialRule_HasItsOwnWording()
    {
        var generic = RuleCatalog.OfficialRuleIds.Where(id => !RuleCatalog.HasOwnWording(id)).Order(StringComparer.Ordinal).ToList();

        Assert.Empty(generic);
    }

    [Fact]
    public void EveryOfficialRule_FrenchMessageIsNotTheFallback()
    {
        var quoting = RuleCatalog.OfficialRuleIds.Where(id => RuleCatalog.Get(id).French.Contains("Texte officiel", StringComparison.Ordinal)).ToList();

        Assert.Empty(quoting);
    }

    [Fact]
    public void EveryBusinessRuleWordedInFrench_IsWordedInEnglishToo()
    {
        var french = RuleCatalog.FrenchWordedRuleIds.Order(StringComparer.Ordinal).ToList();

        Assert.NotEmpty(french);
        Assert.Equal(french, RuleCatalog.EnglishWordedRuleIds.Order(StringComparer.Ordinal).ToList());
    }

    [Fact]
    public void EveryBusinessRule_EnglishMessageIsOursNotTheOfficialText()
    {
        var official = RuleCatalog.FrenchWordedRuleIds
            .Where(id => RuleCatalog.OfficialText(id) is { } text && RuleCatalog.Get(id).English == text)
            .ToList();

        Assert.Empty(official);
    }

    [Theory]
    [InlineData("BR-01", "The specification identifier (BT-24) is missing: give the standard the invoice follows, for example urn:cen.eu:en16931:2017.")]
    [InlineData("BR-02", "The invoice number (BT-1) is missing: enter the number printed on the invoice.")]
    [InlineData("BR-CO-10", "The sum of the invoice line net amounts (BT-106) is not equal to the total of the line net amounts (BT-131): recalculate it.")]
    [InlineData("BR-S-08", "The taxable amount of the standard rate (S) VAT breakdown (BT-116) is not equal to the sum of the lines, minus the allowances, plus the charges of this category: recalculate it.")]
    [InlineData("BR-AE-05", "The VAT rate of a line (BT-152) does not suit the category reverse charge (AE): correct the rate or the category.")]
    [InlineData("BR-DEC-01", "An amount has more than two decimals: round it to the cent (two digits after the decimal point at most).")]
    public void BusinessRule_EnglishSaysWhatIsWrongAndHowToFixIt(string ruleId, string english)
    {
        var text = RuleCatalog.Get(ruleId);

        Assert.Equal(english, text.English);
        Assert.NotEqual(RuleCatalog.OfficialText(ruleId), text.English);
        Assert.True(RuleCatalog.HasOwnWording(ruleId));
    }

    [Fact]
    public void Validate_LineTotalsDoNotAddUp_EnglishSaysToRecalculate()
    {
        var report = Validate.Xml(UblSamples.With("<cbc:LineExtensionAmount currencyID=\"EUR\">300.00</cbc:LineExtensionAmount>", "<cbc:LineExtensionAmount currencyID=\"EUR\">301.00</cbc:LineExtensionAmount>"));

        var violation = Assert.Single(report.Violations, v => v.RuleId == "BR-CO-10");
        Assert.EndsWith(": recalculate it.", violation.MessageEn, StringComparison.Ordinal);
        Assert.Equal("BT-106", violation.BusinessTerm);
    }

    [Fact]
    public void Validate_UnknownCurrency_SaysWhichCodeAndWhatToWrite()
    {
        var report = Validate.Xml(UblSamples.With("<cbc:DocumentCurrencyCode>EUR</cbc:DocumentCurrencyCode>", "<cbc:DocumentCurrencyCode>EURO</cbc:DocumentCurrencyCode>"));

        var violation = Assert.Single(report.Violations, v => v.RuleId == "BR-CL-04");
        Assert.Equal("La valeur « EURO » n'est pas un code devise ISO 4217 (devise de la facture, BT-5) : indiquez un code de trois lettres, par exemple EUR.", violation.MessageFr);
        Assert.Contains("“EURO”", violation.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_UnusedLineElement_NamesTheElementAndTheFix()
    {
        var report = Validate.Xml(UblSamples.With("<cbc:ID>1</cbc:ID>", "<cbc:ID>1</cbc:ID><cbc:UUID>u</cbc:UUID>"));

        var violation = Assert.Single(report.Violations, v => v.RuleId == "UBL-CR-515");
        Assert.Equal("L'élément cbc:UUID (dans une ligne de facture) n'est pas utilisé par la norme EN 16931 : retirez-le, il n'est pas pris en compte.", violation.MessageFr);
        Assert.StartsWith("The element cbc:UUID (in an invoice line) is not used by EN 16931: remove it", violation.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_RepeatedContractReference_SaysToKeepOne()
    {
        var xml = UblSamples.With("<cac:OrderReference>", "<cac:ContractDocumentReference><cbc:ID>C1</cbc:ID></cac:ContractDocumentReference><cac:ContractDocumentReference><cbc:ID>C2</cbc:ID></cac:ContractDocumentReference><cac:OrderReference>");

        var violation = Assert.Single(Validate.Xml(xml).Violations, v => v.RuleId == "UBL-SR-01");
        Assert.Equal("La référence du contrat (BT-12) figure plus d'une fois : n'en gardez qu'une.", violation.MessageFr);
        Assert.Equal("Contract identifier shall occur maximum once (BT-12): keep a single one.", violation.MessageEn);
        Assert.Equal("BT-12", violation.BusinessTerm);
    }
}
