using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;

namespace OpenChorus.Pdf.Tests.Samples;

/// <summary>The fonts a PDF holds, read with PDFsharp's object model: their names and whether each has its font file.</summary>
internal static class PdfFonts
{
    /// <summary>The /FontName of every font descriptor ("ABCDEF+DroidSansFallbackFull" for a subset), and whether it embeds a TrueType font file.</summary>
    public static IReadOnlyList<(string Name, bool Embedded)> Descriptors(byte[] pdf)
    {
        using var document = PdfReader.Open(new MemoryStream(pdf), PdfDocumentOpenMode.Import);
        return document.Internals.GetAllObjects().OfType<PdfDictionary>()
            .Where(d => d.Elements.GetName("/Type") == "/FontDescriptor")
            .Select(d => (d.Elements.GetName("/FontName"), d.Elements.ContainsKey("/FontFile2")))
            .ToList();
    }
}
