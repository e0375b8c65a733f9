namespace OpenChorus.Formats.Detection;

/// <summary>Maps a specification identifier (BT-24) or an XMP conformance level to a Factur-X / ZUGFeRD profile name.</summary>
public static class Profiles
{
    /// <summary>The profile named by a BT-24 value, or null when it names none.</summary>
    public static string? FromSpecificationId(string? id)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            return null;
        }

        var lower = id.Trim().ToLowerInvariant();
        return lower switch
        {
            _ when lower.Contains("xrechnung", StringComparison.Ordinal) => "XRECHNUNG",
            _ when lower.EndsWith(":minimum", StringComparison.Ordinal) => "MINIMUM",
            _ when lower.EndsWith(":basicwl", StringComparison.Ordinal) => "BASIC WL",
            _ when lower.EndsWith(":basic", StringComparison.Ordinal) => "BASIC",
            _ when lower.EndsWith(":extended", StringComparison.Ordinal) => "EXTENDED",
            _ when lower.StartsWith("urn:ferd:", StringComparison.Ordinal) => "ZUGFERD 1.0",
            "urn:cen.eu:en16931:2017" => "EN16931",
            _ => null,
        };
    }

    /// <summary>The profile named by the XMP fx:ConformanceLevel ("EN 16931", "BASIC WL"…).</summary>
    public static string? FromConformanceLevel(string? level) => level?.Trim().ToUpperInvariant() switch
    {
        null or "" => null,
        "EN 16931" or "EN16931" or "COMFORT" => "EN16931",
        "BASIC-WL" or "BASIC WL" => "BASIC WL",
        var other => other,
    };
}
