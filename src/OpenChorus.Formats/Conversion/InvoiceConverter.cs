using OpenChorus.Formats.Validation;
using OpenChorus.Formats.Writing;

namespace OpenChorus.Formats.Conversion;

/// <summary>
/// Converts an invoice between syntaxes with the semantic model in the middle: the source (UBL, CII or a Factur-X
/// PDF) is read and validated, then written in the target; what the target cannot carry is listed, never dropped
/// silently. A source that is unreadable, not an invoice or invalid is refused.
/// </summary>
public static class InvoiceConverter
{
    /// <summary>Converts the source into the target syntax (for CII, in the profile given, EN16931 by default).</summary>
    public static ConversionResult Convert(byte[] source, TargetSyntax target, FacturXProfile? profile = null)
    {
        var report = InvoiceValidator.Validate(source);
        if (report.Verdict != Verdict.Valid || report.Invoice is not { } invoice)
        {
            return new ConversionResult(report, null, []);
        }

        IReadOnlyList<ConversionLoss> losses;
        var output = target switch
        {
            TargetSyntax.Ubl => UblInvoiceWriter.Write(invoice, out losses),
            _ => CiiInvoiceWriter.Write(invoice, profile ?? FacturXProfile.En16931, out losses),
        };
        return new ConversionResult(report, output, losses);
    }
}
