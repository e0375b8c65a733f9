using OpenChorus.Formats.Detection;
using OpenChorus.Formats.Writing;
using OpenChorus.Pdf.FacturX;
using OpenChorus.Pdf.Tests.Samples;

namespace OpenChorus.Pdf.Tests.FacturX;

/// <summary>A Factur-X around our rendering of an invoice in Japanese and Chinese: still PDF/A with every font embedded.</summary>
public class FacturXFallbackFontTests
{
    [Fact]
    public void Write_Cjk_HasNoProblemEmbedsEveryFontAndShowsTheText()
    {
        CjkSamples.RequireFallbackFont();

        var result = FacturXWriter.WriteWithReport(CjkSamples.Cii(), FacturXProfile.En16931);

        Assert.Empty(result.Problems);
        Assert.Equal(DocumentKind.FacturXPdf, FormatDetector.Detect(result.Pdf).Kind);
        var fonts = PdfFonts.Descriptors(result.Pdf);
        Assert.All(fonts, f => Assert.True(f.Embedded, f.Name + " is not embedded"));
        Assert.Contains(fonts, f => f.Name.EndsWith("+Droid Sans Fallback", StringComparison.Ordinal));
        var text = PdfText.All(result.Pdf);
        Assert.Contains(CjkSamples.Seller, text, StringComparison.Ordinal);
        Assert.Contains(CjkSamples.LineName, text, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_Cjk_IsAValidPdfForQpdf()
    {
        CjkSamples.RequireFallbackFont();
        var path = Path.Combine(Path.GetTempPath(), "openchorus-cjk-facturx-" + Guid.NewGuid() + ".pdf");
        File.WriteAllBytes(path, FacturXWriter.Write(CjkSamples.Cii(), FacturXProfile.En16931));
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
    public void Write_CharacterNoFontHas_IsListedAsAProblem()
    {
        var result = FacturXWriter.WriteWithReport(CjkSamples.Cii("Atelier " + CjkSamples.NoFontHasIt), FacturXProfile.En16931);

        var problem = Assert.Single(result.Problems);
        Assert.Contains("U+1C5A", problem.French, StringComparison.Ordinal);
        Assert.Contains("U+1C5E", problem.English, StringComparison.Ordinal);
    }

    [Fact]
    public void Convert_CharacterNoFontHas_IsListedOnce()
    {
        var result = FacturXConverter.Convert(CjkSamples.Cii("Atelier " + CjkSamples.NoFontHasIt), FacturXProfile.En16931);

        Assert.True(result.Converted);
        var problem = Assert.Single(result.Problems);
        Assert.Contains("ᱚ (U+1C5A)", problem.French, StringComparison.Ordinal);
    }
}
