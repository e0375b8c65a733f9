using OpenChorus.Formats.Writing;

namespace OpenChorus.Pdf.FacturX;

/// <summary>The relationship of factur-x.xml to the PDF, by profile.</summary>
public static class FacturXRelationship
{
    /// <summary>
    /// /AFRelationship of factur-x.xml. Factur-X 1.0.07 §5.2: Data for MINIMUM and BASIC WL (the XML is not a full
    /// invoice, the PDF stays the legal document); Alternative for BASIC, EN 16931 and EXTENDED.
    /// </summary>
    public static string Relationship(this FacturXProfile profile) =>
        profile is FacturXProfile.Minimum or FacturXProfile.BasicWl ? "Data" : "Alternative";
}
