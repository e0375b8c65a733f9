using OpenChorus.Formats.Model;

namespace OpenChorus.Formats.Writing;

/// <summary>
/// Writes an invoice of the semantic model as a CII D16B CrossIndustryInvoice (EN 16931-3-3 binding), in one of the
/// Factur-X profiles: only what the profile carries is written, and what it leaves out is listed. Same model, same
/// bytes. This is the XML a Factur-X PDF embeds as factur-x.xml.
/// </summary>
public static class CiiInvoiceWriter
{
    /// <summary>
    /// Writes the invoice in the profile; <paramref name="losses"/> lists the terms the model holds that the profile
    /// (or CII) has no place for. In a profile other than EN16931 the specification identifier (BT-24) is the
    /// profile's own.
    /// </summary>
    public static byte[] Write(Invoice invoice, FacturXProfile profile, out IReadOnlyList<ConversionLoss> losses)
    {
        using var writer = new CiiDocumentWriter(invoice, profile);
        writer.WriteDocument();
        var bytes = writer.Finish();
        losses = writer.Losses;
        return bytes;
    }

    /// <summary>Writes the invoice in the EN16931 profile (all of EN 16931).</summary>
    public static byte[] Write(Invoice invoice) => Write(invoice, FacturXProfile.En16931, out _);
}
