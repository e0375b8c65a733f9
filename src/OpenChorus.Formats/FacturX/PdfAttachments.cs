using System.Xml.Linq;
using UglyToad.PdfPig;

namespace OpenChorus.Formats.FacturX;

/// <summary>The files a PDF embeds and the Factur-X / ZUGFeRD facts its XMP metadata declares.</summary>
/// <param name="Files">Embedded files, name and content.</param>
/// <param name="ConformanceLevel">XMP fx:ConformanceLevel (or the ZUGFeRD equivalent), when declared.</param>
/// <param name="DocumentFileName">XMP fx:DocumentFileName, when declared.</param>
/// <param name="Error">Why the PDF could not be read, when it could not.</param>
public sealed record PdfAttachments(
    IReadOnlyList<KeyValuePair<string, byte[]>> Files,
    string? ConformanceLevel,
    string? DocumentFileName,
    string? Error = null)
{
    private static readonly string[] KnownInvoiceNames =
        ["factur-x.xml", "zugferd-invoice.xml", "xrechnung.xml", "order-x.xml"];

    /// <summary>Reads the embedded files and XMP metadata; never throws.</summary>
    public static PdfAttachments Read(byte[] pdf)
    {
        try
        {
            using var document = PdfDocument.Open(pdf);
            var files = document.Advanced.TryGetEmbeddedFiles(out var embedded)
                ? embedded.Select(f => KeyValuePair.Create(f.Name ?? f.FileSpecification ?? "", f.Bytes.ToArray())).ToList()
                : [];
            var xmp = document.TryGetXmpMetadata(out var metadata) ? metadata.GetXDocument() : null;
            return new PdfAttachments(files, XmpValue(xmp, "ConformanceLevel"), XmpValue(xmp, "DocumentFileName"));
        }
#pragma warning disable CA1031 // A broken PDF of any kind is reported, not thrown.
        catch (Exception error)
#pragma warning restore CA1031
        {
            return new PdfAttachments([], null, null, error.Message);
        }
    }

    /// <summary>The embedded XML that carries the invoice (or order): by XMP file name, then by known names, then any XML.</summary>
    public KeyValuePair<string, byte[]>? InvoiceXml()
    {
        var byXmp = Files.Where(f => string.Equals(f.Key, DocumentFileName, StringComparison.OrdinalIgnoreCase));
        var byName = Files.Where(f => KnownInvoiceNames.Contains(f.Key, StringComparer.OrdinalIgnoreCase));
        var anyXml = Files.Where(f => f.Key.EndsWith(".xml", StringComparison.OrdinalIgnoreCase));
        foreach (var file in byXmp.Concat(byName).Concat(anyXml))
        {
            return file;
        }

        return null;
    }

    private static string? XmpValue(XDocument? xmp, string localName)
    {
        var element = xmp?.Descendants().FirstOrDefault(e => e.Name.LocalName == localName);
        if (element is not null)
        {
            return element.Value.Trim();
        }

        return xmp?.Descendants().SelectMany(e => e.Attributes()).FirstOrDefault(a => a.Name.LocalName == localName)?.Value.Trim();
    }
}
