using OpenChorus.Formats.Tests.Samples;
using OpenChorus.Formats.Validation;

namespace OpenChorus.Formats.Tests.Validation;

public class SampleInvoicesTests
{
    [Fact]
    public void Validate_UblSample_IsValidWithoutViolations()
    {
        var report = Validate.Xml(UblSamples.Invoice);

        Assert.Equal(Verdict.Valid, report.Verdict);
        Assert.Empty(report.Violations);
    }

    [Fact]
    public void Validate_CiiSample_IsValidWithoutViolations()
    {
        var report = Validate.Xml(CiiSamples.Invoice);

        Assert.Equal(Verdict.Valid, report.Verdict);
        Assert.Empty(report.Violations);
    }
}
