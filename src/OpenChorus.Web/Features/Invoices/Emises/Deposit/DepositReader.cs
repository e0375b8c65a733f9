using OpenChorus.Formats.Detection;
using OpenChorus.Formats.Validation;
using OpenChorus.Web.Features.Structures.Identifiers;
using FormatsModel = OpenChorus.Formats.Model;

namespace OpenChorus.Web.Features.Invoices.Emises.Deposit;

/// <summary>Recognises a deposited file by its content (never its name) and reads what it can: a structured invoice
/// through the formats library, a plain PDF through <see cref="PdfPrefill"/>.</summary>
public static class DepositReader
{
    private static readonly HashSet<string> CreditNoteCodes = ["381", "261", "262", "296", "308", "396", "420", "458", "532"];

    public static DepositContent Read(byte[] content, string? supplierSiret)
    {
        var report = InvoiceValidator.Validate(content);
        var detection = report.Detection;
        return detection.Kind switch
        {
            _ when detection.IsEn16931Invoice && report.Invoice is { } invoice => Structured(report, invoice),
            DocumentKind.PlainPdf => PdfPrefill.Read(content, supplierSiret),
            DocumentKind.ZipArchive or DocumentKind.TarGzArchive =>
                new DepositContent(DepositFormat.Lot, "Lot de factures", null, report, null, null, null, null),
            DocumentKind.OrderXPdf => DepositContent.Refuse("PDF Order-X", "Ce PDF contient une commande (Order-X), pas une facture."),
            DocumentKind.ZugferdV1Pdf or DocumentKind.ZugferdV1Xml => DepositContent.Refuse("ZUGFeRD 1.0",
                "Les factures ZUGFeRD 1.0 ne sont pas acceptées : déposez une facture Factur-X (ZUGFeRD 2), UBL, CII ou un PDF."),
            DocumentKind.NotWellFormedXml => DepositContent.Refuse("XML mal formé",
                "Ce fichier XML n'est pas bien formé : il ne peut pas être lu. Corrigez-le ou déposez la facture en PDF."),
            DocumentKind.OtherXml => DepositContent.Refuse("XML", "Ce fichier XML n'est pas une facture UBL 2.1 ou CII D16B."),
            _ => DepositContent.Refuse("Format inconnu",
                "Ce fichier n'est pas une facture reconnue : déposez un PDF, une facture UBL, CII ou Factur-X, ou un lot .zip."),
        };
    }

    private static DepositContent Structured(ValidationReport report, FormatsModel.Invoice invoice)
    {
        var totals = invoice.Totals;
        var kind = report.Detection.Kind == DocumentKind.UblCreditNote || CreditNoteCodes.Contains(invoice.TypeCode ?? "")
            ? InvoiceKind.Avoir
            : InvoiceKind.Facture;
        var figures = new InvoiceFigures(
            invoice.Number?.Trim(),
            invoice.IssueDate,
            kind,
            invoice.CurrencyCode is { Length: 3 } currency ? currency : "EUR",
            totals?.TaxExclusiveAmount,
            totals?.VatTotal ?? 0m,
            totals?.TaxInclusiveAmount,
            totals?.PayableAmount,
            invoice.Seller?.Name ?? invoice.Seller?.TradingName,
            SiretOf(invoice.Seller));
        return new DepositContent(
            DepositFormat.Structured,
            Describe(report.Detection),
            null,
            report,
            figures,
            SiretOf(invoice.Buyer),
            Clean(invoice.BuyerReference, 100),
            Clean(invoice.PurchaseOrderReference, Invoice.EngagementMaxLength));
    }

    /// <summary>A party's SIRET: the first valid 14-digit identifier among its legal registration, identifiers and
    /// electronic address (scheme 0009 in Chorus Pro's flows).</summary>
    private static string? SiretOf(FormatsModel.Party? party)
    {
        if (party is null)
        {
            return null;
        }

        IEnumerable<FormatsModel.Identifier?> candidates = [party.LegalRegistrationId, .. party.Identifiers, party.ElectronicAddress];
        return candidates.Select(i => InvoiceRouting.Compact(i?.Value))
            .FirstOrDefault(v => v is { Length: 14 } && v.All(char.IsAsciiDigit) && IdentifierRules.IsValidSiret(v));
    }

    private static string? Clean(string? value, int max) =>
        value?.Trim() is { Length: > 0 } trimmed && trimmed.Length <= max ? trimmed : null;

    private static string Describe(DetectionResult detection)
    {
        var format = detection.Kind switch
        {
            DocumentKind.UblInvoice => "Facture UBL 2.1",
            DocumentKind.UblCreditNote => "Avoir UBL 2.1",
            DocumentKind.Cii => "Facture CII D16B",
            _ => "Facture Factur-X",
        };
        return detection.Profile is { } profile ? $"{format} (profil {profile})" : format;
    }
}
