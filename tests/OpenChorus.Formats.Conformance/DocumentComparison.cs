namespace OpenChorus.Formats.Conformance;

/// <summary>Our outcome beside the official one for one document of verdicts.csv.</summary>
/// <param name="File">The corpus row (path, plus #embedded.xml for a PDF).</param>
/// <param name="OfficialVerdict">valid, invalid or n/a (XSD and schematron together).</param>
/// <param name="OurVerdict">valid, invalid or n/a.</param>
/// <param name="OfficialFatal">Fatal schematron rule ids of the official artefacts (runtime-error marker left out).</param>
/// <param name="OurFatal">Our fatal rule ids, without our XSD-level ids (verdicts.csv lists schematron rules only).</param>
/// <param name="KnownDifference">Why we differ on purpose, when we do.</param>
/// <param name="OfficialXsdValid">The official XSD verdict (xsd_valid), when given.</param>
/// <param name="OurXsdRejection">We reject the document for an XSD-level reason (XSD-*, UBL-XSD, CII-XSD) or as not well-formed.</param>
internal sealed record DocumentComparison(
    string File,
    string OfficialVerdict,
    string OurVerdict,
    IReadOnlySet<string> OfficialFatal,
    IReadOnlySet<string> OurFatal,
    string? KnownDifference,
    bool? OfficialXsdValid = null,
    bool OurXsdRejection = false)
{
    public bool VerdictAgrees => OfficialVerdict == OurVerdict;

    public bool FatalSetAgrees => OfficialFatal.SetEquals(OurFatal);

    /// <summary>The official artefacts reject the document and we accept it: never allowed.</summary>
    public bool AcceptedButRejected => OfficialVerdict == "invalid" && OurVerdict == "valid";

    public string Difference =>
        $"missing [{string.Join(' ', OfficialFatal.Except(OurFatal).Order(StringComparer.Ordinal))}] " +
        $"extra [{string.Join(' ', OurFatal.Except(OfficialFatal).Order(StringComparer.Ordinal))}]";
}
