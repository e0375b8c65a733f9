using System.Text.RegularExpressions;
using OpenChorus.Formats.Tests.Samples;
using OpenChorus.Formats.Validation;

namespace OpenChorus.Formats.Tests.Validation;

/// <summary>BR-53: an invoice whose VAT is accounted in another currency (BT-6) gives its VAT total in that currency (BT-111).</summary>
public partial class VatAccountingCurrencyTests
{
    private const string Currency = "<cbc:DocumentCurrencyCode>EUR</cbc:DocumentCurrencyCode>";
    private const string InNok = Currency + "<cbc:TaxCurrencyCode>NOK</cbc:TaxCurrencyCode>";
    private const string NokTotal = "<cac:TaxTotal><cbc:TaxAmount currencyID=\"NOK\">640.00</cbc:TaxAmount></cac:TaxTotal><cac:LegalMonetaryTotal>";

    [Fact]
    public void Validate_UblWithVatTotalInAccountingCurrency_DoesNotReportBR53()
    {
        var xml = UblSamples.Mutate(UblSamples.With(Currency, InNok), "<cac:LegalMonetaryTotal>", NokTotal);

        Assert.DoesNotContain("BR-53", Validate.FatalRules(xml));
    }

    [Fact]
    public void Validate_UblWithoutVatTotalInAccountingCurrency_ReportsBR53()
    {
        Assert.Contains("BR-53", Validate.FatalRules(UblSamples.With(Currency, InNok)));
    }

    [Fact]
    public void Validate_UblWithoutMonetaryTotal_StillSeesTheVatTotalInAccountingCurrency()
    {
        var xml = UblSamples.Mutate(UblSamples.With(Currency, InNok), "<cac:LegalMonetaryTotal>", NokTotal);
        var withoutMonetaryTotal = MonetaryTotal().Replace(xml, "");

        var rules = Validate.FatalRules(withoutMonetaryTotal);

        Assert.DoesNotContain("BR-53", rules);
        Assert.Contains("UBL-XSD", rules);
    }

    [Fact]
    public void CheckBusinessRules_ModelWithAccountingCurrencyButNoTotalInIt_ReportsBR53()
    {
        var invoice = ModelSamples.OneLine() with { VatCurrencyCode = "NOK" };

        Assert.Contains(InvoiceValidator.CheckBusinessRules(invoice), v => v.RuleId == "BR-53");
    }

    [GeneratedRegex("<cac:LegalMonetaryTotal>.*?</cac:LegalMonetaryTotal>", RegexOptions.Singleline)]
    private static partial Regex MonetaryTotal();
}
