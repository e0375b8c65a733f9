using OpenChorus.Formats.Conversion;
using OpenChorus.Formats.Writing;
using OpenChorus.Pdf.Rendering;

namespace OpenChorus.Pdf.FacturX;

/// <summary>
/// Converts any readable invoice (UBL, CII or Factur-X PDF) into a Factur-X PDF: the source is read and validated,
/// written in CII in the profile asked (listing what that profile cannot carry), then embedded in a PDF/A-3b whose
/// pages are the caller's layout or our rendering of the whole source invoice.
/// </summary>
public static class FacturXConverter
{
    /// <summary>Converts the source; an unreadable, non-invoice or invalid source is refused (no PDF).</summary>
    /// <exception cref="FacturXException">The layout PDF cannot be read (damaged or encrypted).</exception>
    public static FacturXConversion Convert(byte[] source, FacturXProfile profile, byte[]? layoutPdf = null, Language language = Language.French)
    {
        var cii = InvoiceConverter.Convert(source, TargetSyntax.Cii, profile);
        if (cii.Output is not { } xml || cii.Source.Invoice is not { } invoice)
        {
            return new FacturXConversion(cii, null, []);
        }

        // Without a layout, the pages show the whole source invoice, even the terms a small profile leaves out of
        // the XML: for MINIMUM and BASIC WL the PDF is the legal invoice.
        var rendered = layoutPdf is null ? InvoiceRenderer.RenderUncompressed(invoice, language) : null;
        var written = FacturXWriter.WriteWithReport(xml, profile, layoutPdf ?? rendered!.Pdf, language);
        return new FacturXConversion(cii, written.Pdf, [.. FacturXProblem.Of(rendered), .. written.Problems]);
    }
}
