using OpenChorus.Pdf.Fonts;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace OpenChorus.Pdf.Rendering;

/// <summary>The foot of every page, once the document is complete: a rule, a text on the left, "Page n/m" on the right.</summary>
internal static class PageFooters
{
    public static void Draw(PdfDocument document, string text, string pageWord, FontFallback fonts)
    {
        var font = PageCanvas.Font(7.5, bold: false);
        for (var i = 0; i < document.PageCount; i++)
        {
            var page = document.Pages[i];
            using var graphics = XGraphics.FromPdfPage(page, XGraphicsPdfPageOptions.Append);
            var y = page.Height.Point - PageCanvas.Margin - 10;
            var width = page.Width.Point - (2 * PageCanvas.Margin);
            graphics.DrawLine(PageCanvas.Rule, PageCanvas.Margin, y - 4, PageCanvas.Margin + width, y - 4);
            fonts.Draw(graphics, text, font, new XRect(PageCanvas.Margin, y, width, 10), XStringAlignment.Near);
            fonts.Draw(graphics, pageWord + " " + (i + 1) + "/" + document.PageCount, font, new XRect(PageCanvas.Margin, y, width, 10), XStringAlignment.Far);
        }
    }
}
