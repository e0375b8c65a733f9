using System.Text;
using OpenChorus.Formats.Cii;
using OpenChorus.Formats.Detection;
using OpenChorus.Formats.Model;
using OpenChorus.Formats.Writing;
using OpenChorus.Pdf.Internal;
using OpenChorus.Pdf.Rendering;
using PdfSharp.Pdf;

namespace OpenChorus.Pdf.FacturX;

/// <summary>
/// Writes a Factur-X 1.0 (ZUGFeRD 2.x) invoice: a PDF/A-3b whose pages are the user's layout or our rendering of
/// the invoice, embedding the CII as factur-x.xml (an associated file, /AF), with the XMP the specification requires
/// and an sRGB output intent.
/// </summary>
/// <remarks>
/// PDFsharp 6.2.4's <c>PdfDocument.SetPdfA()</c> was tried and is not used: it declares PDF/A-1a and turns on PDF/UA
/// structure tagging, which refuses untagged drawing. The PDF/A-3b parts are written here instead, with PDFsharp's
/// object model.
/// </remarks>
public static class FacturXWriter
{
    private const string FileName = "factur-x.xml";
    private const string Creator = "OpenChorus";

    /// <summary>Writes the Factur-X around the layout PDF, or around the rendering of the invoice when none is given.</summary>
    public static byte[] Write(byte[] ciiXml, FacturXProfile profile, byte[]? layoutPdf = null) =>
        WriteWithReport(ciiXml, profile, layoutPdf).Pdf;

    /// <summary>Writes the Factur-X and lists what may keep it from conforming (e.g. a layout font not embedded).</summary>
    public static FacturXResult WriteWithReport(byte[] ciiXml, FacturXProfile profile, byte[]? layoutPdf = null, Language language = Language.French)
    {
        ArgumentNullException.ThrowIfNull(ciiXml);
        var invoice = ReadCii(ciiXml, out var declaredProfile);
        var problems = new List<FacturXProblem>();
        if (FacturXProfiles.Parse(declaredProfile) != profile)
        {
            problems.Add(new FacturXProblem(
                $"L'identifiant de spécification du XML (BT-24) désigne le profil {declaredProfile ?? "(aucun)"}, et non {profile.ConformanceLevel()} : les lecteurs verront le profil du XML.",
                $"The XML's specification identifier (BT-24) names profile {declaredProfile ?? "none"}, not {profile.ConformanceLevel()}."));
        }

        var rendered = layoutPdf is null ? InvoiceRenderer.RenderUncompressed(invoice, language) : null;
        using var layout = LayoutInspector.Open(layoutPdf ?? rendered!.Pdf);
        problems.AddRange(LayoutInspector.Problems(layout));
        problems.AddRange(FacturXProblem.Of(rendered));
        using var document = new PdfDocument { Version = 17 };
        foreach (var page in layout.Pages)
        {
            document.AddPage(page);
        }

        var created = DateTime.Now;
        created = created.AddTicks(-(created.Ticks % TimeSpan.TicksPerSecond));
        document.Info.Title = Title(invoice);
        document.Info.Author = invoice.Seller?.Name ?? Creator;
        document.Info.Creator = Creator;
        document.Info.CreationDate = created;
        document.Info.ModificationDate = created;

        document.Internals.Catalog.Elements["/OutputIntents"] = new PdfArray(document, PdfAParts.OutputIntent(document));
        PdfAParts.Associate(document, FileName, PdfAParts.EmbeddedFile(document, FileName, ciiXml, profile.Relationship(), created));
        var saved = PdfOutput.SaveCompressed(document);

        // The XMP repeats the info dictionary as PDFsharp wrote it (it sets /Producer itself), as PDF/A requires.
        var facts = new DocumentFacts(document.Info.Title, document.Info.Author, document.Info.Creator, document.Info.Producer, created);
        var xmp = Encoding.UTF8.GetBytes(XmpPacket.Write(profile, facts));
        return new FacturXResult(MetadataUpdate.Append(saved, document, xmp), problems);
    }

    private static Invoice ReadCii(byte[] ciiXml, out string? declaredProfile)
    {
        var opened = FormatDetector.Open(ciiXml);
        if (opened.Detection.Kind != DocumentKind.Cii || opened.Xml?.Root is not { } root)
        {
            throw new FacturXException(
                "Un Factur-X embarque une facture CII ; ce fichier n'en est pas une (" + opened.Detection.Reason + ").",
                "Factur-X embeds a CII invoice; this file is " + opened.Detection.Reason);
        }

        declaredProfile = opened.Detection.Profile;
        return CiiInvoiceReader.Read(root);
    }

    private static string Title(Invoice invoice) =>
        ("Factur-X " + invoice.Number).Trim();
}
