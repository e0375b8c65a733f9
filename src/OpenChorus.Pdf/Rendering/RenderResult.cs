using System.Globalization;

namespace OpenChorus.Pdf.Rendering;

/// <summary>A rendered invoice and the characters it could not show.</summary>
/// <param name="Pdf">The PDF.</param>
/// <param name="MissingCharacters">
/// The code points no font had, in order, each shown as U+FFFD in the PDF, or as "?" when no font has U+FFFD either.
/// Empty when every character was shown.
/// </param>
public sealed record RenderResult(byte[] Pdf, IReadOnlyList<int> MissingCharacters)
{
    /// <summary>True when every character of the invoice is shown.</summary>
    public bool Complete => MissingCharacters.Count == 0;

    /// <summary>What the reader of the PDF must know, or null when nothing is missing.</summary>
    public string? Warning(Language language)
    {
        if (Complete)
        {
            return null;
        }

        var list = string.Join(", ", MissingCharacters.Select(Describe));
        return language == Language.English
            ? $"{MissingCharacters.Count} character(s) found in no font are shown as \uFFFD or ?: {list}"
            : $"{MissingCharacters.Count} caractère(s) absent(s) de toutes les polices remplacé(s) par \uFFFD ou ? : {list}";
    }

    /// <summary>"中 (U+4E2D)"; the character alone is left out when it is not printable.</summary>
    public static string Describe(int codePoint)
    {
        var code = "U+" + codePoint.ToString("X4", CultureInfo.InvariantCulture);
        var text = codePoint is >= 0 and <= 0x10FFFF && codePoint is < 0xD800 or > 0xDFFF ? char.ConvertFromUtf32(codePoint) : null;
        return text is null || char.IsControl(text, 0) ? code : text + " (" + code + ")";
    }
}
