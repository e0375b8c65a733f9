namespace OpenChorus.Pdf.Rendering;

/// <summary>How <see cref="InvoiceRenderer"/> renders: the language and where it finds fonts for what Liberation Sans lacks.</summary>
public sealed record RenderOptions
{
    /// <summary>
    /// Where Debian installs TrueType fonts with CJK glyphs, then DejaVu Sans for other scripts: fonts-droid-fallback,
    /// fonts-wqy-microhei, fonts-arphic-uming, fonts-dejavu-core. Noto Sans CJK (fonts-noto-cjk) is not listed: its
    /// outlines are PostScript (CFF), which PDFsharp 6.2.4 cannot subset.
    /// </summary>
    public static IReadOnlyList<string> DebianFallbackFonts { get; } =
    [
        "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
        "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
        "/usr/share/fonts/truetype/arphic/uming.ttc",
        "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    ];

    /// <summary>The default: French, the Debian fallback fonts.</summary>
    public static RenderOptions Default { get; } = new();

    /// <summary>The language of the labels; French by default.</summary>
    public Language Language { get; init; } = Language.French;

    /// <summary>
    /// TrueType font files (.ttf, or .ttc whose first face is used) tried in order for each character Liberation
    /// Sans lacks; missing or unusable files are passed over. Empty: no fallback, such characters are replaced and
    /// reported.
    /// </summary>
    public IReadOnlyList<string> FallbackFonts { get; init; } = DebianFallbackFonts;
}
