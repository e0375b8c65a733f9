using OpenChorus.Formats.Model;

namespace OpenChorus.Formats.Writing;

/// <summary>
/// Writes an invoice of the semantic model as a UBL 2.1 Invoice or CreditNote (EN 16931-3-2 binding), in the
/// schema's element order; same model, same bytes.
/// </summary>
public static class UblInvoiceWriter
{
    /// <summary>Type codes (UNTDID 1001) EN 16931 allows in a UBL CreditNote.</summary>
    private static readonly HashSet<string> CreditNoteTypeCodes =
        ["81", "83", "261", "262", "296", "308", "381", "396", "420", "458", "532"];

    /// <summary>Writes the invoice; <paramref name="losses"/> lists the terms UBL had no place for.</summary>
    public static byte[] Write(Invoice invoice, out IReadOnlyList<ConversionLoss> losses)
    {
        using var writer = new UblDocumentWriter(invoice, IsCreditNote(invoice));
        writer.WriteDocument();
        var bytes = writer.Finish();
        losses = writer.Losses;
        return bytes;
    }

    /// <summary>Writes the invoice, whatever UBL cannot carry left out.</summary>
    public static byte[] Write(Invoice invoice) => Write(invoice, out _);

    /// <summary>
    /// A CreditNote when the invoice was read from one, or, read from CII, when its type code is a credit note code;
    /// otherwise an Invoice.
    /// </summary>
    public static bool IsCreditNote(Invoice invoice) => invoice.Syntax switch
    {
        InvoiceSyntax.UblCreditNote => true,
        InvoiceSyntax.UblInvoice => false,
        _ => invoice.TypeCode is { } code && CreditNoteTypeCodes.Contains(code),
    };
}
