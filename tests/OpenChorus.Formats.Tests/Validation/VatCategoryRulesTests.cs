using OpenChorus.Formats.Model;
using OpenChorus.Formats.Tests.Samples;
using OpenChorus.Formats.Validation;

namespace OpenChorus.Formats.Tests.Validation;

/// <summary>BR-S, BR-Z, BR-E, BR-AE, BR-IC, BR-G, BR-O, BR-AF, BR-AG and BR-B on invoices built in the model.</summary>
public class VatCategoryRulesTests
{
    [Theory]
    [InlineData("S", 20, 20, null)]
    [InlineData("Z", 0, 0, null)]
    [InlineData("E", 0, 0, "Exonération, article 261 du CGI")]
    [InlineData("AE", 0, 0, "Autoliquidation")]
    [InlineData("K", 0, 0, "Livraison intracommunautaire")]
    [InlineData("G", 0, 0, "Exportation")]
    [InlineData("L", 7, 7, null)]
    [InlineData("M", 4, 4, null)]
    public void CheckBusinessRules_ConsistentCategory_ReportsNothing(string category, int rate, int tax, string? reason)
    {
        var violations = InvoiceValidator.CheckBusinessRules(ModelSamples.OneLine(category, rate, tax, reason));

        Assert.Empty(violations);
    }

    [Fact]
    public void CheckBusinessRules_NotSubjectToVatWithoutVatIds_ReportsNothing()
    {
        var invoice = ModelSamples.OneLine("O", null, 0, "Hors champ") with
        {
            Seller = ModelSamples.OneLine().Seller! with { VatId = null },
            Buyer = ModelSamples.OneLine().Buyer! with { VatId = null },
        };

        Assert.Empty(InvoiceValidator.CheckBusinessRules(invoice));
    }

    [Theory]
    [InlineData("S", 0, 0, null, "BR-S-05")]
    [InlineData("S", 20, 25, null, "BR-S-09")]
    [InlineData("S", 20, 20, "Motif", "BR-S-10")]
    [InlineData("Z", 5, 0, null, "BR-Z-05")]
    [InlineData("Z", 0, 1, null, "BR-Z-09")]
    [InlineData("E", 0, 0, null, "BR-E-10")]
    [InlineData("AE", 0, 3, "Autoliquidation", "BR-AE-09")]
    [InlineData("G", 0, 0, null, "BR-G-10")]
    [InlineData("L", -1, 0, null, "BR-AF-05")]
    [InlineData("M", -1, 0, null, "BR-AG-05")]
    [InlineData("O", 0, 0, "Hors champ", "BR-O-05")]
    public void CheckBusinessRules_CategoryRuleBroken_ReportsRule(string category, int rate, int tax, string? reason, string rule)
    {
        var violations = InvoiceValidator.CheckBusinessRules(ModelSamples.OneLine(category, rate, tax, reason));

        Assert.Contains(rule, violations.Select(v => v.RuleId));
    }

    [Fact]
    public void CheckBusinessRules_IntraCommunityWithoutDelivery_ReportsBRIC11AndBRIC12()
    {
        var invoice = ModelSamples.OneLine("K", 0, 0, "Livraison intracommunautaire") with { Delivery = null };

        var rules = InvoiceValidator.CheckBusinessRules(invoice).Select(v => v.RuleId).ToList();

        Assert.Contains("BR-IC-11", rules);
        Assert.Contains("BR-IC-12", rules);
    }

    [Fact]
    public void CheckBusinessRules_ReverseChargeWithoutBuyerVatId_ReportsBRAE02()
    {
        var invoice = ModelSamples.OneLine("AE", 0, 0, "Autoliquidation");
        invoice = invoice with { Buyer = invoice.Buyer! with { VatId = null } };

        Assert.Contains("BR-AE-02", InvoiceValidator.CheckBusinessRules(invoice).Select(v => v.RuleId));
    }

    [Fact]
    public void CheckBusinessRules_LineCategoryWithoutBreakdown_ReportsBRE01()
    {
        var invoice = ModelSamples.OneLine("E", 0, 0, "Exonéré") with { VatBreakdowns = [] };

        var rules = InvoiceValidator.CheckBusinessRules(invoice).Select(v => v.RuleId).ToList();

        Assert.Contains("BR-E-01", rules);
        Assert.Contains("BR-CO-18", rules);
    }

    [Fact]
    public void CheckBusinessRules_NotSubjectToVatMixedWithStandard_ReportsBRO11AndBRO12()
    {
        var invoice = ModelSamples.OneLine("O", null, 0, "Hors champ");
        invoice = invoice with
        {
            Seller = invoice.Seller! with { VatId = null },
            Buyer = invoice.Buyer! with { VatId = null },
            VatBreakdowns = [.. invoice.VatBreakdowns, new VatBreakdown { CategoryCode = "S", Rate = 20m, TaxableAmount = 0m, TaxAmount = 0m }],
            Lines = [.. invoice.Lines, invoice.Lines[0] with { Id = "2", VatCategoryCode = "S", VatRate = 20m, NetAmount = 0m }],
        };

        var rules = InvoiceValidator.CheckBusinessRules(invoice).Select(v => v.RuleId).ToList();

        Assert.Contains("BR-O-11", rules);
        Assert.Contains("BR-O-12", rules);
    }

    [Fact]
    public void CheckBusinessRules_StampDutyOutsideItaly_ReportsBRB01()
    {
        var invoice = ModelSamples.OneLine("B", 20, 20);

        Assert.Contains("BR-B-01", InvoiceValidator.CheckBusinessRules(invoice).Select(v => v.RuleId));
    }
}
