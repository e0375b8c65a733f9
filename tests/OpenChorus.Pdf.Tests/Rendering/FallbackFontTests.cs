using OpenChorus.Formats.Model;
using OpenChorus.Pdf.Rendering;
using OpenChorus.Pdf.Tests.Samples;

namespace OpenChorus.Pdf.Tests.Rendering;

/// <summary>Characters Liberation Sans lacks: drawn with a fallback font found on the machine, or replaced and reported.</summary>
public class FallbackFontTests
{
    [Fact]
    public void Render_ChineseAndJapanese_AreExtractableText()
    {
        CjkSamples.RequireFallbackFont();

        var result = InvoiceRenderer.RenderWithReport(CjkSamples.Invoice());

        Assert.Empty(result.MissingCharacters);
        Assert.Null(result.Warning(Language.French));
        var text = PdfText.All(result.Pdf);
        Assert.Contains(CjkSamples.Seller, text, StringComparison.Ordinal);
        Assert.Contains(CjkSamples.LineName, text, StringComparison.Ordinal);
        Assert.Contains(CjkSamples.Note, text, StringComparison.Ordinal);
        Assert.Contains("Conseil", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_ChineseAndJapanese_EmbedsTheFallbackFontAsASubset()
    {
        CjkSamples.RequireFallbackFont();

        var fonts = PdfFonts.Descriptors(InvoiceRenderer.Render(CjkSamples.Invoice()));

        Assert.All(fonts, f => Assert.True(f.Embedded, f.Name + " is not embedded"));
        Assert.Contains(fonts, f => f.Name.EndsWith("+Droid Sans Fallback", StringComparison.Ordinal));
        Assert.Contains(fonts, f => f.Name.Contains("+Liberation Sans", StringComparison.Ordinal));
    }

    [Fact]
    public void Render_ChineseAndJapanese_IsAValidPdfForQpdf()
    {
        CjkSamples.RequireFallbackFont();
        var path = Path.Combine(Path.GetTempPath(), "openchorus-cjk-" + Guid.NewGuid() + ".pdf");
        File.WriteAllBytes(path, InvoiceRenderer.Render(CjkSamples.Invoice()));
        try
        {
            var (exitCode, output) = Tools.Run("qpdf", "--check", path);

            Assert.True(exitCode == 0, output);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Render_LongChineseNoteWithoutSpaces_WrapsOnSeveralLinesAndKeepsEveryCharacter()
    {
        CjkSamples.RequireFallbackFont();
        var note = string.Concat(Enumerable.Repeat(CjkSamples.Note + "，", 40));
        var invoice = CjkSamples.Invoice() with { Notes = [new Note("AAI", note)] };

        var pages = PdfText.Pages(InvoiceRenderer.Render(invoice));

        var lines = string.Join("\n", pages).Split(' ').Count(w => w.Contains(CjkSamples.Note[..4], StringComparison.Ordinal));
        Assert.True(lines >= 3, "the note should wrap, found on " + lines + " lines");
        Assert.Contains(note, string.Concat(string.Join("", pages).Where(c => !char.IsWhiteSpace(c))), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_LatinOnly_EmbedsLiberationSansAlone()
    {
        var fonts = PdfFonts.Descriptors(InvoiceRenderer.Render(InvoiceSamples.WithLines(3)));

        Assert.All(fonts, f => Assert.Contains("+Liberation Sans", f.Name, StringComparison.Ordinal));
    }

    [Fact]
    public void Render_NoFallbackFonts_ReportsTheCharactersAndShowsAReplacement()
    {
        var result = InvoiceRenderer.RenderWithReport(CjkSamples.Invoice(), new RenderOptions { FallbackFonts = [] });

        var expected = (CjkSamples.Seller + CjkSamples.LineName + CjkSamples.Note).Select(c => (int)c).Distinct().Order();
        Assert.Equal(expected, result.MissingCharacters);
        Assert.Contains("株 (U+682A)", result.Warning(Language.French), StringComparison.Ordinal);
        Assert.Contains("咨 (U+54A8)", result.Warning(Language.English), StringComparison.Ordinal);
        var text = PdfText.All(result.Pdf);
        Assert.Contains(new string('?', CjkSamples.Seller.Length), text, StringComparison.Ordinal); // Liberation Sans has no U+FFFD
        Assert.DoesNotContain("株", text, StringComparison.Ordinal);
        Assert.Contains("Commune d'Exemple", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_ScriptNoInstalledFontHas_IsReplacedAndReportedWhileCjkIsShown()
    {
        CjkSamples.RequireFallbackFont();
        var invoice = CjkSamples.Invoice();

        var result = InvoiceRenderer.RenderWithReport(invoice with { Buyer = invoice.Buyer! with { Name = "Mairie " + CjkSamples.NoFontHasIt } });

        Assert.Equal([0x1C5A, 0x1C5E], result.MissingCharacters);
        var text = PdfText.All(result.Pdf);
        Assert.Matches(@"Mairie (\uFFFD\uFFFD|\?\?)", text);
        Assert.Contains(CjkSamples.Seller, text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_FallbackFromATrueTypeCollection_UsesItsFirstFace()
    {
        CjkSamples.RequireFallbackFont();
        var path = Path.Combine(Path.GetTempPath(), "openchorus-fallback-" + Guid.NewGuid() + ".ttc");
        File.WriteAllBytes(path, FontCollections.Of(File.ReadAllBytes(CjkSamples.DroidFallback)));
        try
        {
            var result = InvoiceRenderer.RenderWithReport(CjkSamples.Invoice(), new RenderOptions { FallbackFonts = [path] });

            Assert.Empty(result.MissingCharacters);
            Assert.Contains(CjkSamples.Seller, PdfText.All(result.Pdf), StringComparison.Ordinal);
            Assert.All(PdfFonts.Descriptors(result.Pdf), f => Assert.True(f.Embedded, f.Name + " is not embedded"));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Render_PostScriptOutlinesOrMissingFile_ArePassedOverForTheNextFont()
    {
        CjkSamples.RequireFallbackFont();
        var path = Path.Combine(Path.GetTempPath(), "openchorus-cff-" + Guid.NewGuid() + ".otf");
        var cff = File.ReadAllBytes(CjkSamples.DroidFallback);
        "OTTO"u8.CopyTo(cff);
        File.WriteAllBytes(path, cff);
        try
        {
            var options = new RenderOptions { FallbackFonts = ["/nonexistent/font.ttf", path, CjkSamples.DroidFallback] };

            var result = InvoiceRenderer.RenderWithReport(CjkSamples.Invoice(), options);

            Assert.Empty(result.MissingCharacters);
            Assert.Contains(PdfFonts.Descriptors(result.Pdf), f => f.Name.EndsWith("+Droid Sans Fallback", StringComparison.Ordinal));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
