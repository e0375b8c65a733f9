using System.Text;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace OpenChorus.Pdf.Fonts;

/// <summary>A piece of a text line drawn with one font.</summary>
internal readonly record struct TextRun(string Text, XFont Font);

/// <summary>
/// Splits text into runs each font can show, for one rendering: Liberation Sans first, then the fallback font files
/// in the order given; a character no font has is shown as U+FFFD (or "?" when no font has that) and remembered in
/// <see cref="Missing"/>, so the renderer can report it. Text Liberation Sans shows whole costs one scan.
/// </summary>
internal sealed class FontFallback(IReadOnlyList<string> paths)
{
    private static readonly XPdfFontOptions Unicode = new(PdfFontEncoding.Unicode);
    private static readonly XStringFormat[] Formats = [Format(XStringAlignment.Near), Format(XStringAlignment.Center), Format(XStringAlignment.Far)];
    private readonly SortedSet<int> _missing = [];
    private readonly Dictionary<(string Name, double Size, bool Bold), XFont> _fonts = [];
    private List<string>? _usable;

    /// <summary>The code points no font could show, in order.</summary>
    public IReadOnlyCollection<int> Missing => _missing;

    /// <summary>The runs of the text, or null when the base font shows all of it (draw it as it is).</summary>
    public List<TextRun>? Split(string text, XFont font)
    {
        var coverage = GlyphCoverage.Liberation(font.Bold);
        if (coverage.CoversAll(text, font))
        {
            return null;
        }

        var runs = new List<TextRun>();
        var run = new StringBuilder();
        XFont? current = null;
        for (var i = 0; i < text.Length; i++)
        {
            var (codePoint, shown) = CodePoint(text, ref i);
            var target = shown is not null ? font : coverage.Covers(codePoint, font) ? font : Fallback(codePoint, font);
            if (target is null)
            {
                // Shown as U+FFFD where a font has it (Liberation Sans 1.07 does not), "?" otherwise.
                _missing.Add(codePoint);
                target = coverage.Covers(0xFFFD, font) ? font : Fallback(0xFFFD, font);
                shown = target is null ? "?" : "\uFFFD";
                target ??= font;
            }

            if (!ReferenceEquals(target, current) && run.Length > 0)
            {
                runs.Add(new TextRun(run.ToString(), current!));
                run.Clear();
            }

            current = target;
            run.Append(shown ?? char.ConvertFromUtf32(codePoint));
        }

        if (run.Length > 0)
        {
            runs.Add(new TextRun(run.ToString(), current!));
        }

        return runs;
    }

    /// <summary>The width of the text as <see cref="Draw"/> draws it.</summary>
    public double Measure(XGraphics graphics, string text, XFont font) =>
        Split(text, font) is { } runs ? runs.Sum(r => graphics.MeasureString(r.Text, r.Font).Width) : graphics.MeasureString(text, font).Width;

    /// <summary>Draws one line in the box, aligned left, centred or right, its top at the top of the box.</summary>
    public void Draw(XGraphics graphics, string text, XFont font, XRect box, XStringAlignment align)
    {
        if (Split(text, font) is not { } runs)
        {
            graphics.DrawString(text, font, XBrushes.Black, box, Formats[(int)align]);
            return;
        }

        // Every run sits on the base font's baseline, where PDFsharp puts a line drawn from the top of the box.
        var widths = runs.Select(r => graphics.MeasureString(r.Text, r.Font).Width).ToList();
        var x = align switch
        {
            XStringAlignment.Far => box.Right - widths.Sum(),
            XStringAlignment.Center => box.X + ((box.Width - widths.Sum()) / 2),
            _ => box.X,
        };
        var baseline = box.Y + (font.GetHeight() * font.CellAscent / font.CellSpace);
        for (var i = 0; i < runs.Count; i++)
        {
            graphics.DrawString(runs[i].Text, runs[i].Font, XBrushes.Black, x, baseline, XStringFormats.BaseLineLeft);
            x += widths[i];
        }
    }

    private static XStringFormat Format(XStringAlignment align) => new() { Alignment = align, LineAlignment = XLineAlignment.Near };

    /// <summary>The code point at i (moving i past a surrogate pair); a control character is shown as a space.</summary>
    private static (int CodePoint, string? Shown) CodePoint(string text, ref int i)
    {
        var c = text[i];
        if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
        {
            i++;
            return (char.ConvertToUtf32(c, text[i]), null);
        }

        return char.IsSurrogate(c) ? (0xFFFD, null) : char.IsControl(c) ? (c, " ") : (c, null);
    }

    private XFont? Fallback(int codePoint, XFont font)
    {
        _usable ??= paths.Select(FontFile.TryLoad).OfType<string>().Distinct().ToList();
        foreach (var name in _usable)
        {
            var fallback = FallbackFont(name, font);
            if (GlyphCoverage.File(name).Covers(codePoint, fallback))
            {
                return fallback;
            }
        }

        return null;
    }

    private XFont FallbackFont(string name, XFont font)
    {
        var key = (name, font.Size, font.Bold);
        if (!_fonts.TryGetValue(key, out var fallback))
        {
            var style = font.Bold ? XFontStyleEx.Bold : XFontStyleEx.Regular;
            fallback = new XFont(EmbeddedFontResolver.FallbackFamily(name), font.Size, style, Unicode);
            _fonts[key] = fallback;
        }

        return fallback;
    }
}
