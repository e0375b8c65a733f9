using OpenChorus.Cli.Tests.Support;
using OpenChorus.Formats.Detection;
using OpenChorus.Formats.Tests.Samples;
using OpenChorus.Pdf.Tests.Samples;

namespace OpenChorus.Cli.Tests;

/// <summary>openchorus facturx: a Factur-X PDF around a CII invoice, with our rendering or the user's layout.</summary>
public sealed class FacturXCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void FacturX_Cii_WritesTheProfileBt24Names()
    {
        var run = OpenChorusCli.Run("facturx", _folder.Write("facture.xml", CiiSamples.Invoice));

        Assert.Equal(0, run.ExitCode);
        var pdf = _folder.File("facture.pdf");
        var detection = FormatDetector.Detect(File.ReadAllBytes(pdf));
        Assert.Equal(DocumentKind.FacturXPdf, detection.Kind);
        Assert.Equal("EN16931", detection.Profile);
        Assert.Contains(Invoices.CiiNumber, Invoices.PdfText(pdf), StringComparison.Ordinal);
    }

    [Fact]
    public void FacturX_WithLayout_KeepsTheLayoutPages()
    {
        var layout = _folder.File("mise-en-page.pdf");
        Assert.Equal(0, OpenChorusCli.Run("render", _folder.Write("autre.xml", UblSamples.Invoice), "--out", layout).ExitCode);
        var output = _folder.File("fx.pdf");

        var run = OpenChorusCli.Run("facturx", _folder.Write("facture.xml", CiiSamples.Invoice), "--pdf", layout, "--out", output);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(DocumentKind.FacturXPdf, FormatDetector.Detect(File.ReadAllBytes(output)).Kind);
        Assert.Contains(Invoices.UblNumber, Invoices.PdfText(output), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("basic wl")]
    [InlineData("BASICWL")]
    public void FacturX_ProfileOtherThanBt24_IsWrittenButWarnedAndExits1(string profile)
    {
        var output = _folder.File("fx.pdf");

        var run = OpenChorusCli.Run("facturx", _folder.Write("facture.xml", CiiSamples.Invoice), "--profile", profile, "--out", output);

        Assert.Equal(1, run.ExitCode);
        // factur-x.xml is embedded as it is: its BT-24 still names EN16931, the XMP declares the profile asked.
        Assert.Contains("XMP conformance level BASIC WL", FormatDetector.Detect(File.ReadAllBytes(output)).Reason, StringComparison.Ordinal);
        Assert.Contains("BT-24", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void FacturX_Ubl_IsNotWrittenAndExits2()
    {
        Assert.Equal(2, OpenChorusCli.Run("facturx", _folder.Write("facture.xml", UblSamples.Invoice)).ExitCode);
        Assert.False(File.Exists(_folder.File("facture.pdf")));
    }

    [Fact]
    public void FacturX_MissingFile_Exits2()
    {
        Assert.Equal(2, OpenChorusCli.Run("facturx", _folder.File("absente.xml")).ExitCode);
    }

    [Fact]
    public void FacturX_LayoutFontNotEmbedded_IsWrittenButWarnedAndExits1()
    {
        var run = OpenChorusCli.Run("facturx", _folder.Write("facture.xml", CiiSamples.Invoice),
            "--pdf", _folder.Write("layout.pdf", LayoutSamples.WithUnembeddedFont()), "--out", _folder.File("fx.pdf"));

        Assert.Equal(1, run.ExitCode);
        Assert.True(File.Exists(_folder.File("fx.pdf")));
        Assert.Contains("Helvetica", run.Error, StringComparison.Ordinal);
    }
}
