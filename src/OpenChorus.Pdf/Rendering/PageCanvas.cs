using OpenChorus.Pdf.Fonts;
using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace OpenChorus.Pdf.Rendering;

/// <summary>
/// Draws top to bottom on A4 pages: a cursor, word-wrapped text and a page break when the next block does not fit,
/// with a callback that repeats a table header on the new page.
/// </summary>
internal sealed class PageCanvas : IDisposable
{
    public const double Margin = 40;
    private const double FooterHeight = 28;
    private static readonly XPdfFontOptions Unicode = new(PdfFontEncoding.Unicode);

    private XGraphics? _graphics;

    public PageCanvas(PdfDocument document, FontFallback fonts)
    {
        Document = document;
        Fonts = fonts;
        NewPage();
    }

    public PdfDocument Document { get; }

    /// <summary>Draws and measures text with Liberation Sans and, for what it lacks, the fallback fonts.</summary>
    public FontFallback Fonts { get; }

    public XGraphics Graphics => _graphics!;

    public XFont Regular { get; } = Font(8.5, bold: false);

    public XFont Bold { get; } = Font(8.5, bold: true);

    public XFont Small { get; } = Font(7.5, bold: false);

    public XFont Heading { get; } = Font(10, bold: true);

    public XFont Title { get; } = Font(16, bold: true);

    /// <summary>Where the next block starts, in points from the top of the page.</summary>
    public double Y { get; set; }

    public static double Left => Margin;

    public double Width => Page.Width.Point - (2 * Margin);

    public PdfPage Page { get; private set; } = null!;

    /// <summary>Heads every page after the first ("Facture N° F-1 (suite)"), so a loose page says what it belongs to.</summary>
    public string? ContinuationTitle { get; set; }

    /// <summary>Called after a page break, to repeat what must head each page (a table header).</summary>
    public Action? OnNewPage { get; set; }

    private double Bottom => Page.Height.Point - Margin - FooterHeight;

    public static XFont Font(double size, bool bold) =>
        new(EmbeddedFontResolver.FamilyName, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular, Unicode);

    public static double LineHeight(XFont font) => font.Size * 1.25;

    /// <summary>Breaks the page when a block of this height does not fit below the cursor.</summary>
    public void Reserve(double height)
    {
        if (Y + height > Bottom && Y > Margin + 1)
        {
            NewPage();
            OnNewPage?.Invoke();
        }
    }

    /// <summary>The lines a text wraps to in a width; words longer than the width are cut.</summary>
    public IReadOnlyList<string> Wrap(string text, XFont font, double width)
    {
        var lines = new List<string>();
        foreach (var paragraph in text.ReplaceLineEndings("\n").Split('\n'))
        {
            var line = "";
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = line.Length == 0 ? word : line + " " + word;
                if (Measure(candidate, font) <= width)
                {
                    line = candidate;
                    continue;
                }

                if (line.Length > 0)
                {
                    lines.Add(line);
                }

                line = CutLongWord(word, font, width, lines);
            }

            lines.Add(line);
        }

        return lines;
    }

    public double Measure(string text, XFont font) => Fonts.Measure(Graphics, text, font);

    /// <summary>Draws lines from the top of a box, left, right or centre aligned; returns the height used.</summary>
    public double DrawLines(IReadOnlyList<string> lines, XFont font, double x, double y, double width, XStringAlignment align = XStringAlignment.Near)
    {
        var height = LineHeight(font);
        for (var i = 0; i < lines.Count; i++)
        {
            Fonts.Draw(Graphics, lines[i], font, new XRect(x, y + (i * height), width, height), align);
        }

        return lines.Count * height;
    }

    /// <summary>Draws a wrapped paragraph at the cursor across the full width, breaking the page as needed.</summary>
    public void Paragraph(string text, XFont font, double indent = 0)
    {
        foreach (var line in Wrap(text, font, Width - indent))
        {
            Reserve(LineHeight(font));
            Y += DrawLines([line], font, Left + indent, Y, Width - indent);
        }
    }

    /// <summary>A section title with a rule under it, moved to the next page unless three rows fit below it.</summary>
    public void SectionTitle(string text)
    {
        // Kept with what follows: a title alone at the foot of a page would be orphaned.
        Reserve(LineHeight(Heading) + 10 + (3 * (LineHeight(Regular) + 6)));
        Y += 6;
        Y += DrawLines([text], Heading, Left, Y, Width);
        Graphics.DrawLine(Rule, Left, Y + 1, Left + Width, Y + 1);
        Y += 4;
    }

    public static XPen Rule { get; } = new(XColor.FromArgb(150, 150, 150), 0.5);

    public static XBrush Shade { get; } = new XSolidBrush(XColor.FromArgb(232, 236, 242));

    public void NewPage()
    {
        _graphics?.Dispose();
        Page = Document.AddPage();
        Page.Size = PageSize.A4;
        _graphics = XGraphics.FromPdfPage(Page);
        Y = Margin;
        if (ContinuationTitle is not null && Document.PageCount > 1)
        {
            Y += DrawLines([ContinuationTitle], Heading, Left, Y, Width) + 6;
        }
    }

    public void Dispose() => _graphics?.Dispose();

    private string CutLongWord(string word, XFont font, double width, List<string> lines)
    {
        while (word.Length > 1 && Measure(word, font) > width)
        {
            // The longest head that fits, found by halving: a long run of CJK, which has no spaces, is cut here.
            var (take, tooLong) = (1, word.Length);
            while (tooLong - take > 1)
            {
                var middle = (take + tooLong) / 2;
                (take, tooLong) = Measure(word[..middle], font) <= width ? (middle, tooLong) : (take, middle);
            }

            if (take > 1 && char.IsHighSurrogate(word[take - 1]))
            {
                take--; // never split a character outside the BMP in two
            }

            lines.Add(word[..take]);
            word = word[take..];
        }

        return word;
    }
}
