using OpenChorus.Pdf.Rendering;

namespace OpenChorus.Pdf.FacturX;

/// <summary>A Factur-X PDF and what keeps it from being a conforming PDF/A-3b, if anything.</summary>
/// <param name="Pdf">The PDF/A-3b file embedding factur-x.xml.</param>
/// <param name="Problems">
/// Why the file may not conform: a layout font that is not embedded, a BT-24 that names another profile… Empty when
/// nothing was found.
/// </param>
public sealed record FacturXResult(byte[] Pdf, IReadOnlyList<FacturXProblem> Problems);

/// <summary>One thing that may keep a Factur-X from conforming, said in French (the portal's language) and English.</summary>
public sealed record FacturXProblem(string French, string English)
{
    /// <summary>The message in the language asked for.</summary>
    public string In(Language language) => language == Language.English ? English : French;

    /// <inheritdoc/>
    public override string ToString() => French;

    /// <summary>The characters our rendering could not show, as a problem (none when it showed them all).</summary>
    internal static IEnumerable<FacturXProblem> Of(RenderResult? rendering) =>
        rendering?.Warning(Language.French) is { } french ? [new FacturXProblem(french, rendering.Warning(Language.English)!)] : [];
}

/// <summary>A Factur-X that cannot be written at all: the XML is not CII, or the layout PDF cannot be read.</summary>
/// <remarks><see cref="Exception.Message"/> is the English text; <see cref="French"/> the one users of the portal read.</remarks>
public sealed class FacturXException(string french, string english, Exception? inner = null) : Exception(english, inner)
{
    /// <summary>Why, in French.</summary>
    public string French { get; } = french;

    /// <summary>The message in the language asked for.</summary>
    public string In(Language language) => language == Language.English ? Message : French;
}
