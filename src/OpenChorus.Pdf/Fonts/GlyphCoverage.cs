using System.Collections.Concurrent;
using PdfSharp.Drawing;
using PdfSharp.Fonts;

namespace OpenChorus.Pdf.Fonts;

/// <summary>
/// Which code points a font face has a glyph for, asked of PDFsharp once per code point and remembered for the
/// process: after the first invoice, checking a character costs one array read.
/// </summary>
internal sealed class GlyphCoverage
{
    private const byte Unknown = 0;
    private const byte Has = 1;
    private const byte Lacks = 2;

    private static readonly GlyphCoverage LiberationRegular = new();
    private static readonly GlyphCoverage LiberationBold = new();
    private static readonly ConcurrentDictionary<string, GlyphCoverage> Files = new(StringComparer.Ordinal);

    private readonly byte[] _basic = new byte[0x10000];
    private readonly ConcurrentDictionary<int, bool> _supplementary = new();

    /// <summary>The coverage of the Liberation Sans face of this weight.</summary>
    public static GlyphCoverage Liberation(bool bold) => bold ? LiberationBold : LiberationRegular;

    /// <summary>The coverage of a font <see cref="FontFile.TryLoad"/> named.</summary>
    public static GlyphCoverage File(string name) => Files.GetOrAdd(name, _ => new GlyphCoverage());

    /// <summary>True when the font has a glyph for the code point; the font must be a face this coverage is for.</summary>
    public bool Covers(int codePoint, XFont font)
    {
        if (codePoint < 0x10000)
        {
            var known = _basic[codePoint];
            if (known == Unknown)
            {
                known = GlyphHelper.GlyphIndexFromCodePoint(codePoint, font) != 0 ? Has : Lacks;
                _basic[codePoint] = known;
            }

            return known == Has;
        }

        return _supplementary.GetOrAdd(codePoint, (c, f) => GlyphHelper.GlyphIndexFromCodePoint(c, f) != 0, font);
    }

    /// <summary>True when every character is a BMP character the font is known to have: the common case, no allocation.</summary>
    public bool CoversAll(string text, XFont font)
    {
        foreach (var c in text)
        {
            if (char.IsSurrogate(c) || char.IsControl(c) || !Covers(c, font))
            {
                return false;
            }
        }

        return true;
    }
}
