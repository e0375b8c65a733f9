using UglyToad.PdfPig;

namespace OpenChorus.Pdf.Tests.Samples;

/// <summary>Extracts the text of each page with PdfPig, as a reader or a search engine would.</summary>
internal static class PdfText
{
    public static IReadOnlyList<string> Pages(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return document.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))).ToList();
    }

    public static string All(byte[] pdf) => string.Join("\n", Pages(pdf));
}
