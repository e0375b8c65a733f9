using System.Reflection;
using PdfSharp.Fonts;

namespace OpenChorus.Pdf.Fonts;

/// <summary>
/// Serves Liberation Sans (SIL Open Font License 1.1, regular and bold) from the assembly's resources, so rendering
/// works on any machine without installed fonts. Every family name resolves to it, except the fallback families
/// (<see cref="FallbackFamily"/>): those are font files found on the machine, for the characters Liberation Sans
/// lacks (CJK…), and have no bold face of their own (PDFsharp simulates it).
/// </summary>
internal sealed class EmbeddedFontResolver : IFontResolver
{
    /// <summary>The family name the renderer draws with.</summary>
    public const string FamilyName = "Liberation Sans";

    private const string FallbackPrefix = "OpenChorus fallback:";
    private const string Regular = "LiberationSans-Regular";
    private const string Bold = "LiberationSans-Bold";

    private static readonly Lazy<byte[]> RegularBytes = new(() => Load(Regular));
    private static readonly Lazy<byte[]> BoldBytes = new(() => Load(Bold));
    private static readonly Lock Gate = new();
    private static bool _registered;

    /// <summary>Registers the resolver with PDFsharp once per process (PDFsharp's font settings are global).</summary>
    public static void EnsureRegistered()
    {
        lock (Gate)
        {
            if (_registered)
            {
                return;
            }

            if (GlobalFontSettings.FontResolver is null)
            {
                GlobalFontSettings.FontResolver = new EmbeddedFontResolver();
            }

            _registered = true;
        }
    }

    /// <summary>The family name that draws with a font <see cref="FontFile.TryLoad"/> named.</summary>
    public static string FallbackFamily(string name) => FallbackPrefix + name;

    /// <inheritdoc />
    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        familyName.StartsWith(FallbackPrefix, StringComparison.Ordinal)
            ? new(familyName, mustSimulateBold: bold, mustSimulateItalic: italic)
            : new(bold ? Bold : Regular, mustSimulateBold: false, mustSimulateItalic: italic);

    /// <inheritdoc />
    public byte[]? GetFont(string faceName) =>
        faceName.StartsWith(FallbackPrefix, StringComparison.Ordinal) ? FontFile.Bytes(faceName[FallbackPrefix.Length..])
        : faceName == Bold ? BoldBytes.Value : RegularBytes.Value;

    private static byte[] Load(string face)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("OpenChorus.Pdf." + face + ".ttf")
            ?? throw new InvalidOperationException("Font resource missing: " + face);
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
