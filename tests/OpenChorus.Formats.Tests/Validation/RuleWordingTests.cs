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
