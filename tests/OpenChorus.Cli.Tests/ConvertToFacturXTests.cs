using OpenChorus.Cli.Tests.Support;
using OpenChorus.Formats.Detection;
using OpenChorus.Formats.Tests.Samples;
using OpenChorus.Pdf.Tests.Samples;

namespace OpenChorus.Cli.Tests;

/// <summary>openchorus convert --to facturx: any readable invoice into a Factur-X PDF of the profile asked.</summary>
public sealed class ConvertToFacturXTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void ConvertToFacturX_Ubl_WritesAnEn16931FacturXBesideTheInput()
    {
        var run = OpenChorusCli.Run("convert", _folder.Write("facture.xml", UblSamples.Invoice), "--to", "facturx");

        Assert.Equal(0, run.ExitCode);
        var output = _folder.File("facture.facturx.pdf");
        var detection = FormatDetector.Detect(File.ReadAllBytes(output));
        Assert.Equal(DocumentKind.FacturXPdf, detection.Kind);
        Assert.Equal("EN16931", detection.Profile);
        Assert.Contains(Invoices.UblNumber, Invoices.PdfText(output), StringComparison.Ordinal);
        Assert.Equal("", run.Error);
    }

    [Fact]
    public void ConvertToFacturX_BasicWlInEnglish_ListsTheLinesLost()
    {
        var output = _folder.File("fx.pdf");

        var run = OpenChorusCli.Run("convert", _folder.Write("facture.xml", CiiSamples.Invoice), "--to", "facturx",
            "--profile", "BASICWL", "--lang", "en", "--out", output);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("BASIC WL", FormatDetector.Detect(File.ReadAllBytes(output)).Profile);
        Assert.Contains("not carried BG-25", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void ConvertToFacturX_WithLayout_KeepsTheLayoutPages()
    {
        var layout = _folder.File("mise-en-page.pdf");
        Assert.Equal(0, OpenChorusCli.Run("render", _folder.Write("autre.xml", UblSamples.Invoice), "--out", layout).ExitCode);
        var output = _folder.File("fx.pdf");

        var run = OpenChorusCli.Run("convert", _folder.Write("facture.xml", CiiSamples.Invoice), "--to", "facturx", "--pdf", layout, "--out", output);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(DocumentKind.FacturXPdf, FormatDetector.Detect(File.ReadAllBytes(output)).Kind);
        Assert.Contains(Invoices.UblNumber, Invoices.PdfText(output), StringComparison.Ordinal);
    }

    [Fact]
    public void ConvertToFacturX_LayoutNotAPdf_Exits2()
    {
        var run = OpenChorusCli.Run("convert", _folder.Write("facture.xml", CiiSamples.Invoice), "--to", "facturx",
            "--pdf", _folder.Write("layout.pdf", "pas un PDF"));

        Assert.Equal(2, run.ExitCode);
        Assert.False(File.Exists(_folder.File("facture.facturx.pdf")));
    }

    [Fact]
    public void ConvertToFacturX_InvalidSource_Exits1()
    {
        Assert.Equal(1, OpenChorusCli.Run("convert", _folder.Write("facture.xml", Invoices.InvalidUbl()), "--to", "facturx").ExitCode);
    }

    [Fact]
    public void ConvertToFacturX_MissingLayout_Exits2()
    {
        var run = OpenChorusCli.Run("convert", _folder.Write("facture.xml", CiiSamples.Invoice), "--to", "facturx", "--pdf", _folder.File("absente.pdf"));

        Assert.Equal(2, run.ExitCode);
    }

    [Fact]
    public void ConvertToFacturX_LayoutFontNotEmbedded_IsWrittenAndThePdfAProblemListed()
    {
        var run = OpenChorusCli.Run("convert", _folder.Write("facture.xml", UblSamples.Invoice), "--to", "facturx",
            "--pdf", _folder.Write("layout.pdf", LayoutSamples.WithUnembeddedFont()));

        Assert.Equal(0, run.ExitCode);
        Assert.True(File.Exists(_folder.File("facture.facturx.pdf")));
        Assert.Contains("avertissement : ", run.Error, StringComparison.Ordinal);
        Assert.Contains("Helvetica", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void ConvertToUbl_WithLayout_IsRefusedByTheParser()
    {
        var run = OpenChorusCli.Run("convert", _folder.Write("facture.xml", CiiSamples.Invoice), "--to", "ubl",
            "--pdf", _folder.Write("layout.pdf", LayoutSamples.WithUnembeddedFont()));

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("--pdf", run.Error, StringComparison.Ordinal);
    }
}
