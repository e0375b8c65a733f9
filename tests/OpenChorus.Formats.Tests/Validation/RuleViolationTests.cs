using OpenChorus.Formats.Tests.Samples;
using OpenChorus.Formats.Validation;

namespace OpenChorus.Formats.Tests.Validation;

public class RuleViolationTests
{
    [Fact]
    public void Validate_LineTotalsDoNotAddUp_ReportsBRCO10WithTermPlaceAndMessages()
    {
        var report = Validate.Xml(UblSamples.With("<cbc:LineExtensionAmount currencyID=\"EUR\">300.00</cbc:LineExtensionAmount>", "<cbc:LineExtensionAmount currencyID=\"EUR\">301.00</cbc:LineExtensionAmount>"));

        var violation = Assert.Single(report.Violations, v => v.RuleId == "BR-CO-10");
        Assert.Equal(Severity.Fatal, violation.Severity);
        Assert.Equal("BT-106", violation.BusinessTerm);
        Assert.Equal("/Invoice", violation.XPath);
        Assert.True(violation.Line > 0);
        Assert.Contains("sum of the invoice line net amounts", violation.MessageEn, StringComparison.Ordinal);
        Assert.Contains("total des montants nets des lignes", violation.Message("fr"), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_CodeListViolation_PointsAtTheElementLine()
    {
        var report = Validate.Xml(UblSamples.With("unitCode=\"HUR\"", "unitCode=\"NOPE\""));

        var violation = Assert.Single(report.Violations, v => v.RuleId == "BR-CL-23");
        Assert.Equal("/Invoice/cac:InvoiceLine[2]/cbc:InvoicedQuantity", violation.XPath);
        Assert.Equal(UblSamples.Invoice.Split('\n').ToList().FindIndex(l => l.Contains("unitCode=\"HUR\"", StringComparison.Ordinal)) + 1, violation.Line);
        Assert.NotEmpty(violation.MessageFr);
    }

    [Fact]
    public void Validate_NotWellFormed_IsUnreadable()
    {
        var report = Validate.Xml("<Invoice><cbc:ID>");

        Assert.Equal(Verdict.Unreadable, report.Verdict);
        Assert.Equal(["XML-NOT-WELL-FORMED"], report.FatalRuleIds);
    }
}
