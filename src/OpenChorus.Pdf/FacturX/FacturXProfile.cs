namespace OpenChorus.Pdf.FacturX;

/// <summary>The Factur-X 1.0 (ZUGFeRD 2.x) profiles, from the smallest data set to the largest.</summary>
public enum FacturXProfile
{
    /// <summary>MINIMUM: header data only; the PDF is the invoice.</summary>
    Minimum,

    /// <summary>BASIC WL: header and VAT data without lines; the PDF is the invoice.</summary>
    BasicWl,

    /// <summary>BASIC: EN 16931 subset with lines.</summary>
    Basic,

    /// <summary>EN 16931 (formerly COMFORT): the full European standard.</summary>
    En16931,

    /// <summary>EXTENDED: EN 16931 plus the Factur-X extensions.</summary>
    Extended,
}

/// <summary>What each profile writes in the XMP and in the attachment's relationship.</summary>
public static class FacturXProfiles
{
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

    /// <summary>
    /// /AFRelationship of factur-x.xml. Factur-X 1.0.07 §5.2: Data for MINIMUM and BASIC WL (the XML is not a full
    /// invoice, the PDF stays the legal document); Alternative for BASIC, EN 16931 and EXTENDED.
    /// </summary>
    public static string Relationship(this FacturXProfile profile) =>
        profile is FacturXProfile.Minimum or FacturXProfile.BasicWl ? "Data" : "Alternative";

    /// <summary>The profile a BT-24 value names (as our detector names it), or null.</summary>
    public static FacturXProfile? FromName(string? name) => name?.Trim().ToUpperInvariant().Replace("-", " ", StringComparison.Ordinal) switch
    {
        "MINIMUM" => FacturXProfile.Minimum,
        "BASIC WL" or "BASICWL" => FacturXProfile.BasicWl,
        "BASIC" => FacturXProfile.Basic,
        "EN16931" or "EN 16931" or "COMFORT" => FacturXProfile.En16931,
        "EXTENDED" => FacturXProfile.Extended,
        _ => null,
    };
}
