namespace OpenChorus.Formats.Detection;

/// <summary>The answer of the detector: what the file is, and why we think so.</summary>
/// <param name="Kind">The kind of document.</param>
/// <param name="Reason">Why: root element, customization identifier, embedded file name, parse error…</param>
/// <param name="Profile">Factur-X / ZUGFeRD profile (MINIMUM, BASIC WL, BASIC, EN16931, EXTENDED, XRECHNUNG), when known.</param>
/// <param name="CustomizationId">The specification identifier (BT-24), when found.</param>
/// <param name="EmbeddedFileName">For a PDF, the name of the embedded XML.</param>
public sealed record DetectionResult(
    DocumentKind Kind,
    string Reason,
    string? Profile = null,
    string? CustomizationId = null,
    string? EmbeddedFileName = null)
{
    /// <summary>True for documents that carry an EN 16931 invoice we can read and validate.</summary>
    public bool IsEn16931Invoice => Kind is DocumentKind.UblInvoice or DocumentKind.UblCreditNote or DocumentKind.Cii or DocumentKind.FacturXPdf;
}
