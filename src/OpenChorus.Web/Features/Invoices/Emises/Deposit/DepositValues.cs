using System.Globalization;

namespace OpenChorus.Web.Features.Invoices.Emises.Deposit;

/// <summary>Amounts and dates as people type them in French: "1 234,56", "1234.56", "26/11/2026" or the
/// "2026-11-26" of a date field.</summary>
public static class DepositValues
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static decimal? ParseAmount(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var compact = string.Concat(text.Where(c => !char.IsWhiteSpace(c) && c is not '\u00a0' and not '\u202f' and not '€'));
        if (compact.Contains(',', StringComparison.Ordinal))
        {
            compact = compact.Replace(".", "", StringComparison.Ordinal).Replace(',', '.');
        }
        else if (compact.Count(c => c == '.') > 1)
        {
            return null;
        }

        return decimal.TryParse(compact, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, Invariant, out var value)
            && Math.Abs(value) < 10_000_000_000_000m
            ? Math.Round(value, 2, MidpointRounding.AwayFromZero)
            : null;
    }

    public static DateOnly? ParseDate(string? text) =>
        DateOnly.TryParseExact(text?.Trim(), ["yyyy-MM-dd", "dd/MM/yyyy"], Invariant, DateTimeStyles.None, out var date) ? date : null;

    public static string Amount(decimal? value) => value?.ToString("0.00", CultureInfo.GetCultureInfo("fr-FR")) ?? "";

    public static string Date(DateOnly? value) => value?.ToString("yyyy-MM-dd", Invariant) ?? "";
}
