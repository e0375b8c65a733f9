using System.Text;
using OpenChorus.Formats.Detection;
using OpenChorus.Formats.Validation;
using OpenChorus.Formats.Writing;
using OpenChorus.Pdf.FacturX;
using OpenChorus.Pdf.Tests.Samples;

namespace OpenChorus.Pdf.Tests.FacturX;

public class FacturXConverterTests
{
    [Fact]
    public void Convert_ValidCii_GivesAFacturXOfTheProfileAsked()
    {
        var result = FacturXConverter.Convert(FacturXSamples.ForProfile("EN16931"), FacturXProfile.Basic);

        Assert.True(result.Converted);
        Assert.Empty(result.Problems);
        var detection = FormatDetector.Detect(result.Pdf!);
        Assert.Equal(DocumentKind.FacturXPdf, detection.Kind);
        Assert.Equal("BASIC", detection.Profile);
    }

    [Fact]
    public void Convert_ToBasicWl_ListsTheLinesAsLostButThePagesShowThem()
    {
        var result = FacturXConverter.Convert(FacturXSamples.ForProfile("EN16931"), FacturXProfile.BasicWl);

        Assert.Contains(result.Losses, loss => loss.Term == "BG-25");
        Assert.Equal("BASIC WL", FormatDetector.Detect(result.Pdf!).Profile);
        Assert.Contains("F-2026-002", PdfText.All(result.Pdf!), StringComparison.Ordinal);
    }

    [Fact]
    public void Convert_InvalidSource_IsRefusedWithoutPdf()
    {
        var invalid = Encoding.UTF8.GetString(FacturXSamples.ForProfile("EN16931"))
            .Replace("<ram:TypeCode>380</ram:TypeCode>", "<ram:TypeCode>999</ram:TypeCode>", StringComparison.Ordinal);

        var result = FacturXConverter.Convert(Encoding.UTF8.GetBytes(invalid), FacturXProfile.En16931);

        Assert.False(result.Converted);
        Assert.Equal(Verdict.Invalid, result.Cii.Source.Verdict);
        Assert.NotNull(result.Cii.Refusal);
    }

    [Fact]
    public void Convert_NotAnInvoice_IsRefusedAsNotAnInvoice()
    {
        var result = FacturXConverter.Convert("pas une facture"u8.ToArray(), FacturXProfile.En16931);

        Assert.False(result.Converted);
        Assert.NotEqual(Verdict.Invalid, result.Cii.Source.Verdict);
    }
}
