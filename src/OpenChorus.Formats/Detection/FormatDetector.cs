using System.Xml;
using System.Xml.Linq;
using OpenChorus.Formats.Cii;
using OpenChorus.Formats.FacturX;
using OpenChorus.Formats.Lots;
using OpenChorus.Formats.Ubl;
using OpenChorus.Formats.Xml;

namespace OpenChorus.Formats.Detection;

/// <summary>Recognises what a file is from its bytes: PDF, archive or XML, and which invoice syntax and profile.</summary>
public static class FormatDetector
{
    private const string OrderXNamespace = "urn:un:unece:uncefact:data:SCRDMCCBDACIOMessageStructure:100";
    private const string ZugferdV1Namespace = "urn:ferd:CrossIndustryDocument:invoice:1p0";

    /// <summary>Detects the kind of a file.</summary>
    public static DetectionResult Detect(byte[] content) => Open(content).Detection;

    /// <summary>Detects the kind of a file and, for XML and PDF invoices, loads the invoice XML.</summary>
    public static OpenedDocument Open(byte[] content)
    {
        var span = content.AsSpan();
        if (span.StartsWith("%PDF"u8))
        {
            return OpenPdf(content);
        }

        if (LotReader.IsZip(span))
        {
            return new OpenedDocument(new DetectionResult(DocumentKind.ZipArchive, "zip archive (PK signature): a lot of documents"), null);
        }

        if (LotReader.IsGzip(span))
        {
            return new OpenedDocument(new DetectionResult(DocumentKind.TarGzArchive, "gzip-compressed archive (1F 8B signature): a tar.gz lot"), null);
        }

        return LooksLikeXml(span) ? OpenXml(content, null) : new OpenedDocument(new DetectionResult(DocumentKind.Unknown, "neither XML, PDF nor a zip/tar.gz archive"), null);
    }

    private static bool LooksLikeXml(ReadOnlySpan<byte> span)
    {
        var text = span.Length > 3 && span[0] == 0xEF ? span[3..] : span;
        text = text.TrimStart(" \t\r\n"u8);
        return !text.IsEmpty && text[0] == (byte)'<';
    }

    private static OpenedDocument OpenPdf(byte[] content)
    {
        var attachments = PdfAttachments.Read(content);
        if (attachments.Error is not null)
        {
            return new OpenedDocument(new DetectionResult(DocumentKind.PlainPdf, "PDF that could not be read: " + attachments.Error), null);
        }

        if (attachments.InvoiceXml() is not { } xml)
        {
            var names = attachments.Files.Count == 0 ? "none" : string.Join(", ", attachments.Files.Select(f => f.Key));
            return new OpenedDocument(new DetectionResult(DocumentKind.PlainPdf, "PDF with no embedded invoice XML (embedded files: " + names + ")"), null);
        }

        var inner = OpenXml(xml.Value, attachments.ConformanceLevel);
        var d = inner.Detection;
        var kind = d.Kind switch
        {
            DocumentKind.Cii => DocumentKind.FacturXPdf,
            DocumentKind.ZugferdV1Xml => DocumentKind.ZugferdV1Pdf,
            DocumentKind.OtherXml when d.Reason.Contains(OrderXNamespace, StringComparison.Ordinal) => DocumentKind.OrderXPdf,
            DocumentKind.OtherXml => DocumentKind.PlainPdf,
            var other => other,
        };
        if (kind == DocumentKind.ZugferdV1Pdf && attachments.ConformanceLevel is { } legacyLevel)
        {
            d = d with { Profile = "ZUGFERD 1.0 " + legacyLevel.Trim().ToUpperInvariant() };
        }

        var reason = "PDF embedding " + xml.Key + " (" + d.Reason + ")" +
            (attachments.ConformanceLevel is { } level ? "; XMP conformance level " + level : "");
        return inner with { Detection = d with { Kind = kind, Reason = reason, EmbeddedFileName = xml.Key } };
    }

    private static OpenedDocument OpenXml(byte[] content, string? xmpLevel)
    {
        XDocument document;
        try
        {
            document = XmlLoader.Load(content);
        }
        catch (XmlException error)
        {
            return new OpenedDocument(new DetectionResult(DocumentKind.NotWellFormedXml, "XML is not well-formed: " + error.Message), null);
        }

        var root = document.Root!;
        var description = "root element {" + root.Name.NamespaceName + "}" + root.Name.LocalName;
        DetectionResult detection;
        if (root.Name == UblNames.Invoice + "Invoice" || root.Name == UblNames.CreditNote + "CreditNote")
        {
            var id = root.ChildText(UblNames.B("CustomizationID"));
            var kind = root.Name.LocalName == "Invoice" ? DocumentKind.UblInvoice : DocumentKind.UblCreditNote;
            detection = new DetectionResult(kind, "UBL 2.1 " + root.Name.LocalName + ": " + description + CustomizationText(id), Profiles.FromSpecificationId(id), id);
        }
        else if (root.Name == CiiNames.Rsm + "CrossIndustryInvoice")
        {
            var id = root.Path(CiiNames.S("ExchangedDocumentContext"), CiiNames.R("GuidelineSpecifiedDocumentContextParameter"), CiiNames.R("ID")).Text();
            var profile = Profiles.FromSpecificationId(id) ?? Profiles.FromConformanceLevel(xmpLevel);
            detection = new DetectionResult(DocumentKind.Cii, "UN/CEFACT CII D16B: " + description + CustomizationText(id), profile, id);
        }
        else if (root.Name.NamespaceName == ZugferdV1Namespace)
        {
            detection = new DetectionResult(DocumentKind.ZugferdV1Xml, "legacy ZUGFeRD 1.0, not EN 16931: " + description, "ZUGFERD 1.0");
        }
        else
        {
            detection = new DetectionResult(DocumentKind.OtherXml, "XML of another kind: " + description);
        }

        return new OpenedDocument(detection, detection.IsEn16931Invoice ? document : null);
    }

    private static string CustomizationText(string? id) => id is null ? "; no customization id (BT-24)" : "; customization id " + id;
}

/// <summary>A detected document and, when it carries an EN 16931 invoice, its loaded XML (with line numbers).</summary>
public sealed record OpenedDocument(DetectionResult Detection, XDocument? Xml);
