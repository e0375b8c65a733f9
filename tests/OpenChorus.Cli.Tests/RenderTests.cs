using OpenChorus.Cli.Tests.Support;
using OpenChorus.Formats.Detection;
using OpenChorus.Formats.Tests.Samples;

namespace OpenChorus.Cli.Tests;

/// <summary>openchorus render: a readable PDF of the invoice.</summary>
public sealed class RenderTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Render_Ubl_WritesAPdfShowingTheInvoiceNumber()
    {
        var run = OpenChorusCli.Run("render", _folder.Write("facture.xml", UblSamples.Invoice));

        Assert.Equal(0, run.ExitCode);
        var pdf = _folder.File("facture.pdf");
        Assert.Equal(DocumentKind.PlainPdf, FormatDetector.Detect(File.ReadAllBytes(pdf)).Kind);
        Assert.Contains(Invoices.UblNumber, Invoices.PdfText(pdf), StringComparison.Ordinal);
        Assert.Contains("Date d'émission", Invoices.PdfText(pdf), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_LangEn_WritesEnglish()
    {
        var pdf = _folder.File("invoice.pdf");

        Assert.Equal(0, OpenChorusCli.Run("render", _folder.Write("facture.xml", CiiSamples.Invoice), "--lang", "en", "--out", pdf).ExitCode);

        Assert.Contains(Invoices.CiiNumber, Invoices.PdfText(pdf), StringComparison.Ordinal);
        Assert.DoesNotContain("Date d'émission", Invoices.PdfText(pdf), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_CharactersNoFontHas_WritesThePdfAndNamesThemInAWarning()
    {
        // Ol Chiki: neither Liberation Sans nor any of the Debian fallback fonts has it.
        var ubl = UblSamples.Invoice.Replace("Atelier Dupont SARL", "Atelier ᱚᱞ", StringComparison.Ordinal);

        var run = OpenChorusCli.Run("render", _folder.Write("facture.xml", ubl));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("avertissement : 2 caractère(s) absent(s)", run.Error, StringComparison.Ordinal);
        Assert.Contains("ᱚ (U+1C5A), ᱞ (U+1C5E)", run.Error, StringComparison.Ordinal);
        Assert.Contains(Invoices.UblNumber, Invoices.PdfText(_folder.File("facture.pdf")), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_NotAnInvoice_Exits2()
    {
        Assert.Equal(2, OpenChorusCli.Run("render", _folder.Write("note.txt", "rien")).ExitCode);
    }

    [Fact]
    public void Render_MissingFile_Exits2()
    {
        var run = OpenChorusCli.Run("render", _folder.File("absente.xml"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("fichier introuvable", run.Error, StringComparison.Ordinal);
    }
}
