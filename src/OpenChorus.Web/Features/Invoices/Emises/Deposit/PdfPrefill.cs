using System.Globalization;
using System.Text.RegularExpressions;
using OpenChorus.Web.Features.Structures.Identifiers;
using UglyToad.PdfPig;

namespace OpenChorus.Web.Features.Invoices.Emises.Deposit;

/// <summary>
/// Best-effort pre-fill of a plain PDF from its text (Chorus Pro's "4 règles d'or": a text PDF, keywords, spaces
/// between fields): the recipient's SIRET (14 digits with a valid key, not the supplier's), "facture n°", the first
/// date dd/mm/yyyy, the totals and an engagement number. Everything stays editable; a scan gives nothing.
/// </summary>
public static partial class PdfPrefill
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static DepositContent Read(byte[] content, string? supplierSiret)
    {
        var text = TextOf(content);
        var figures = new InvoiceFigures(
            // The first "facture n° …" whose number has a digit: "Détail de la facture N° Désignation" (a table's
            // column heading, read before the footer's "FACTURE N° F-1") names no invoice.
            NumberPattern().Matches(text).Select(n => n.Groups[1].Value).FirstOrDefault(n => n.Any(char.IsAsciiDigit)),
            FirstDate(text),
            AvoirPattern().IsMatch(text) ? InvoiceKind.Avoir : InvoiceKind.Facture,
            "EUR",
            Amount(text, TotalHtPattern()),
            Amount(text, VatPattern()),
            Amount(text, TotalTtcPattern()),
            Amount(text, NetPattern()) ?? Amount(text, TotalTtcPattern()),
            null);
        var siret = SiretPattern().Matches(text).Select(m => InvoiceRouting.Compact(m.Value)!)
            .FirstOrDefault(s => s != supplierSiret && IdentifierRules.IsValidSiret(s));
        var engagement = EngagementPattern().Match(text) is { Success: true } e ? e.Groups[1].Value : null;
        return new DepositContent(DepositFormat.Pdf, "PDF", null, null, figures, siret, null, engagement);
    }

    /// <summary>The words of every page separated by spaces; empty when the PDF cannot be read.</summary>
    public static string TextOf(byte[] content)
    {
        try
        {
            using var document = PdfDocument.Open(content);
            return string.Join(" ", document.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return "";
        }
    }

    private static DateOnly? FirstDate(string text)
    {
        foreach (Match m in DatePattern().Matches(text))
        {
            if (DateOnly.TryParseExact(m.Value, "dd/MM/yyyy", Invariant, DateTimeStyles.None, out var date))
            {
                return date;
            }
        }

        return null;
    }

    private static decimal? Amount(string text, Regex pattern) =>
        pattern.Match(text) is { Success: true } m ? DepositValues.ParseAmount(m.Groups[1].Value) : null;

    [GeneratedRegex(@"factures?\s*(?:n°|n º|no\.?|num[ée]ro|#)\s*:?\s*([A-Za-z0-9][A-Za-z0-9\-_/+]{0,19})", RegexOptions.IgnoreCase)]
    private static partial Regex NumberPattern();

    [GeneratedRegex(@"\b\d{2}/\d{2}/\d{4}\b")]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"\bavoir\b", RegexOptions.IgnoreCase)]
    private static partial Regex AvoirPattern();

    [GeneratedRegex(@"\b\d{3} ?\d{3} ?\d{3} ?\d{5}\b")]
    private static partial Regex SiretPattern();

    [GeneratedRegex(@"total\s*H\.?T\.?\s*:?\s*(-?\d[\d\s\u00a0\u202f.]*(?:,\d{1,2})?)", RegexOptions.IgnoreCase)]
    private static partial Regex TotalHtPattern();

    [GeneratedRegex(@"(?:(?:total|montant)\s*)?\bT\.?V\.?A\.?\s*(?:\d+(?:[,.]\d+)?\s*%)?\s*:?\s*(-?\d[\d\s\u00a0\u202f.]*(?:,\d{1,2})?)", RegexOptions.IgnoreCase)]
    private static partial Regex VatPattern();

    [GeneratedRegex(@"total\s*T\.?T\.?C\.?\s*:?\s*(-?\d[\d\s\u00a0\u202f.]*(?:,\d{1,2})?)", RegexOptions.IgnoreCase)]
    private static partial Regex TotalTtcPattern();

    [GeneratedRegex(@"net\s*[àa]\s*payer\s*:?\s*(-?\d[\d\s\u00a0\u202f.]*(?:,\d{1,2})?)", RegexOptions.IgnoreCase)]
    private static partial Regex NetPattern();

    [GeneratedRegex(@"(?:engagement|\bEJ\b|bon\s*de\s*commande)\s*(?:n°|no\.?|num[ée]ro)?\s*:?\s*([A-Za-z0-9][A-Za-z0-9\-_/]{2,49})", RegexOptions.IgnoreCase)]
    private static partial Regex EngagementPattern();
}
