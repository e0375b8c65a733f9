namespace OpenChorus.Formats.Writing;

/// <summary>The Factur-X 1.0 / ZUGFeRD 2.x profiles a CII invoice can be written in.</summary>
public enum FacturXProfile
{
    /// <summary>MINIMUM: header references and totals only, no lines (not an EN 16931 invoice).</summary>
    Minimum,

    /// <summary>BASIC WL: the EN 16931 document level without lines (not an EN 16931 invoice).</summary>
    BasicWl,

    /// <summary>BASIC: a subset of EN 16931 with simple lines.</summary>
    Basic,

    /// <summary>EN 16931 (COMFORT): the whole European standard.</summary>
    En16931,

    /// <summary>EXTENDED: EN 16931 and more; this writer writes the EN 16931 terms.</summary>
    Extended,
}

/// <summary>Names, XMP conformance levels and specification identifiers (BT-24) of the Factur-X profiles.</summary>
public static class FacturXProfiles
{
    /// <summary>The profile name as <see cref="Detection.Profiles"/> gives it ("MINIMUM", "BASIC WL"…).</summary>
    public static string Name(this FacturXProfile profile) => profile switch
    {
        FacturXProfile.Minimum => "MINIMUM",
        FacturXProfile.BasicWl => "BASIC WL",
        FacturXProfile.Basic => "BASIC",
        FacturXProfile.Extended => "EXTENDED",
        _ => "EN16931",
    };

    /// <summary>The XMP fx:ConformanceLevel value: MINIMUM, BASIC WL, BASIC, EN 16931 or EXTENDED.</summary>
    public static string ConformanceLevel(this FacturXProfile profile) => profile switch
    {
        FacturXProfile.Minimum => "MINIMUM",
        FacturXProfile.BasicWl => "BASIC WL",
        FacturXProfile.Basic => "BASIC",
        FacturXProfile.En16931 => "EN 16931",
        FacturXProfile.Extended => "EXTENDED",
        _ => throw new ArgumentOutOfRangeException(nameof(profile)),
    };

    /// <summary>The specification identifier (BT-24) a Factur-X invoice of that profile declares.</summary>
    public static string SpecificationId(this FacturXProfile profile) => profile switch
    {
        FacturXProfile.Minimum => "urn:factur-x.eu:1p0:minimum",
        FacturXProfile.BasicWl => "urn:factur-x.eu:1p0:basicwl",
        FacturXProfile.Basic => "urn:cen.eu:en16931:2017#compliant#urn:factur-x.eu:1p0:basic",
        FacturXProfile.Extended => "urn:cen.eu:en16931:2017#conformant#urn:factur-x.eu:1p0:extended",
        _ => "urn:cen.eu:en16931:2017",
    };

    /// <summary>
    /// The profile named by "MINIMUM", "BASIC WL", "basicwl", "EN16931", "EN 16931", "comfort"… (case, spaces and
    /// hyphens ignored); null when it names none.
    /// </summary>
    public static FacturXProfile? Parse(string? name) =>
        name?.Trim().Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal).ToUpperInvariant() switch
        {
            "MINIMUM" => FacturXProfile.Minimum,
            "BASICWL" => FacturXProfile.BasicWl,
            "BASIC" => FacturXProfile.Basic,
            "EN16931" or "COMFORT" => FacturXProfile.En16931,
            "EXTENDED" => FacturXProfile.Extended,
            _ => null,
        };

    /// <summary>The profile a detected profile name (<see cref="Detection.Profiles"/>) or a user's option names, or null.</summary>
    public static FacturXProfile? FromName(string? name) => Parse(name);

    /// <summary>The names the command line shows for the profiles, in order.</summary>
    public static IReadOnlyList<string> Names { get; } = ["MINIMUM", "BASIC WL", "BASIC", "EN16931", "EXTENDED"];
}
