using OpenChorus.Cli.Tests.Support;
using OpenChorus.Formats.Detection;
using OpenChorus.Formats.Tests.Samples;

namespace OpenChorus.Cli.Tests;

/// <summary>openchorus convert --to ubl|cii: the file written reads back as the target, and the losses are listed.</summary>
public sealed class ConvertTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void ConvertToUbl_Cii_WritesAUblInvoiceBesideTheInput()
    {
        var run = OpenChorusCli.Run("convert", _folder.Write("facture.xml", CiiSamples.Invoice), "--to", "ubl");

        Assert.Equal(0, run.ExitCode);
        var detection = FormatDetector.Detect(File.ReadAllBytes(_folder.File("facture.ubl.xml")));
        Assert.Equal(DocumentKind.UblInvoice, detection.Kind);
        Assert.Equal("EN16931", detection.Profile);
    }

    [Fact]
    public void ConvertToCii_BasicWl_WritesThatProfileAndListsTheLinesLost()
    {
        var output = _folder.File("sortie.xml");

        var run = OpenChorusCli.Run("convert", _folder.Write("facture.xml", UblSamples.Invoice), "--to", "cii", "--profile", "BASIC WL", "--out", output);

        Assert.Equal(0, run.ExitCode);
        var detection = FormatDetector.Detect(File.ReadAllBytes(output));
        Assert.Equal(DocumentKind.Cii, detection.Kind);
        Assert.Equal("BASIC WL", detection.Profile);
        Assert.Contains("non repris BG-25", run.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("MINIMUM", "MINIMUM")]
    [InlineData("basicwl", "BASIC WL")]
    [InlineData("Basic", "BASIC")]
    [InlineData("en16931", "EN16931")]
    [InlineData("EXTENDED", "EXTENDED")]
    public void ConvertToCii_ProfileInAnyCase_IsTheProfileWritten(string option, string detected)
    {
        var output = _folder.File("sortie.xml");

        var run = OpenChorusCli.Run("convert", _folder.Write("facture.xml", UblSamples.Invoice), "--to", "cii", "--profile", option, "--out", output);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(detected, FormatDetector.Detect(File.ReadAllBytes(output)).Profile);
    }

    [Fact]
    public void Convert_UnknownProfile_IsRefusedByTheParser()
    {
        var run = OpenChorusCli.Run("convert", _folder.Write("facture.xml", UblSamples.Invoice), "--to", "cii", "--profile", "COMFORTABLE");

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("COMFORTABLE", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Convert_InvalidSource_Exits1AndWritesNothing()
    {
        var run = OpenChorusCli.Run("convert", _folder.Write("facture.xml", Invoices.InvalidUbl()), "--to", "cii", "--lang", "en");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("BR-CO-10", run.Output, StringComparison.Ordinal);
        Assert.False(File.Exists(_folder.File("facture.cii.xml")));
    }

    [Fact]
    public void Convert_NotAnInvoice_Exits2()
    {
        Assert.Equal(2, OpenChorusCli.Run("convert", _folder.Write("facture.xml", "<pas-une-facture/>"), "--to", "ubl").ExitCode);
    }

    [Fact]
    public void Convert_MissingFile_Exits2()
    {
        var run = OpenChorusCli.Run("convert", _folder.File("absente.xml"), "--to", "ubl");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("fichier introuvable", run.Output, StringComparison.Ordinal);
    }
}
