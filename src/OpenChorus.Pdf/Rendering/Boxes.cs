using PdfSharp.Drawing;

namespace OpenChorus.Pdf.Rendering;

/// <summary>Titled boxes of text lines, side by side (seller and buyer) or across the page.</summary>
internal static class Boxes
{
    private const double Gap = 12;
    private const double Padding = 4;

    /// <summary>Draws titled boxes side by side at the cursor; empty boxes are left out.</summary>
    public static void SideBySide(PageCanvas canvas, params (string Title, IReadOnlyList<TextLine> Lines)[] boxes)
    {
        var shown = boxes.Where(b => b.Lines.Count > 0).ToList();
        if (shown.Count == 0)
        {
            return;
        }

        var width = (canvas.Width - (Gap * (shown.Count - 1))) / shown.Count;
        var wrapped = shown.Select(b => Wrap(canvas, b.Lines, width - (2 * Padding))).ToList();
        var titleHeight = PageCanvas.LineHeight(canvas.Bold) + (2 * Padding);
        var height = titleHeight + wrapped.Max(w => w.Sum(l => PageCanvas.LineHeight(Font(canvas, l)))) + (2 * Padding);
        canvas.Reserve(height);
        for (var i = 0; i < shown.Count; i++)
        {
            var x = PageCanvas.Left + (i * (width + Gap));
            canvas.Graphics.DrawRectangle(PageCanvas.Shade, x, canvas.Y, width, titleHeight);
            canvas.DrawLines([shown[i].Title], canvas.Bold, x + Padding, canvas.Y + Padding, width - (2 * Padding));
            canvas.Graphics.DrawRectangle(PageCanvas.Rule, x, canvas.Y, width, height);
            var y = canvas.Y + titleHeight + Padding;
            foreach (var line in wrapped[i])
            {
                y += canvas.DrawLines([line.Text], Font(canvas, line), x + Padding, y, width - (2 * Padding));
            }
        }

        canvas.Y += height + Gap;
    }

    /// <summary>Lines across the full width under a section title, breaking pages between lines.</summary>
    public static void Section(PageCanvas canvas, string title, IReadOnlyList<TextLine> lines)
    {
        if (lines.Count == 0)
        {
            return;
        }

        canvas.SectionTitle(title);
        foreach (var line in lines)
        {
            canvas.Paragraph(line.Text, Font(canvas, line));
        }
    }

    private static List<TextLine> Wrap(PageCanvas canvas, IReadOnlyList<TextLine> lines, double width) =>
        lines.SelectMany(l => canvas.Wrap(l.Text, Font(canvas, l), width).Select(t => l with { Text = t })).ToList();

    private static XFont Font(PageCanvas canvas, TextLine line) => line.Bold ? canvas.Bold : canvas.Regular;
}
