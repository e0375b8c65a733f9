using OpenChorus.Pdf.Fonts;
using OpenChorus.Pdf.Internal;
using PdfSharp.Pdf;

namespace OpenChorus.Pdf.Rendering;

/// <summary>A simple report: a title, label/value rows, then sections of paragraphs (a compte rendu, a receipt).</summary>
/// <param name="Title">Heads the first page and every page's footer.</param>
/// <param name="Fields">Label and value rows under the title.</param>
/// <param name="Sections">Titled sections; an item's <see cref="ReportItem.Details"/> are indented under it.</param>
/// <param name="Footer">A line at the foot of every page, before "Page n/m".</param>
public sealed record Report(string Title, IReadOnlyList<(string Label, string Value)> Fields, IReadOnlyList<ReportSection> Sections, string Footer);

public sealed record ReportSection(string Title, IReadOnlyList<ReportItem> Items);

/// <summary>A paragraph in bold, the lines under it in regular text.</summary>
public sealed record ReportItem(string Heading, IReadOnlyList<string> Details);

/// <summary>
/// Renders a <see cref="Report"/> as an A4 PDF with the invoice renderer's fonts and pages: real text (Liberation Sans
/// embedded, extractable), word wrap, page breaks and "Page 1/2" footers.
/// </summary>
public static class ReportRenderer
{
    public static byte[] Render(Report report)
    {
        ArgumentNullException.ThrowIfNull(report);
        EmbeddedFontResolver.EnsureRegistered();
        var fonts = new FontFallback(RenderOptions.Default.FallbackFonts);
        using var document = new PdfDocument();
        document.Info.Title = report.Title;
        using (var canvas = new PageCanvas(document, fonts) { ContinuationTitle = report.Title + " (suite)" })
        {
            canvas.Paragraph(report.Title, canvas.Title);
            canvas.Y += 8;
            DrawFields(canvas, report.Fields);
            foreach (var section in report.Sections)
            {
                canvas.SectionTitle(section.Title);
                foreach (var item in section.Items)
                {
                    canvas.Y += 2;
                    canvas.Paragraph(item.Heading, canvas.Bold);
                    foreach (var detail in item.Details)
                    {
                        canvas.Paragraph("– " + detail, canvas.Regular, indent: 12);
                    }
                }
            }
        }

        PageFooters.Draw(document, report.Footer, "Page", fonts);
        return PdfOutput.Save(document);
    }

    private static void DrawFields(PageCanvas canvas, IReadOnlyList<(string Label, string Value)> fields)
    {
        var labelWidth = fields.Count == 0 ? 0 : Math.Min(canvas.Width / 2, fields.Max(f => canvas.Measure(f.Label, canvas.Bold)) + 12);
        foreach (var (label, value) in fields)
        {
            var lines = canvas.Wrap(value, canvas.Regular, canvas.Width - labelWidth);
            var labels = canvas.Wrap(label, canvas.Bold, labelWidth - 6);
            canvas.Reserve(Math.Max(lines.Count, labels.Count) * PageCanvas.LineHeight(canvas.Regular));
            var height = canvas.DrawLines(labels, canvas.Bold, PageCanvas.Left, canvas.Y, labelWidth - 6);
            canvas.Y += Math.Max(height, canvas.DrawLines(lines, canvas.Regular, PageCanvas.Left + labelWidth, canvas.Y, canvas.Width - labelWidth)) + 2;
        }
    }
}
