using System.Globalization;

namespace OpenChorus.Pdf.Rendering;

/// <summary>
/// Formats amounts, quantities, rates and dates for the rendering. French: 1 234,56; English: 1,234.56. The group
/// separator is a plain space, so the amount is found by typing it in a PDF viewer's search box.
/// </summary>
public static class ValueFormat
{
    private static readonly NumberFormatInfo French = new() { NumberDecimalSeparator = ",", NumberGroupSeparator = " " };
    private static readonly NumberFormatInfo English = new() { NumberDecimalSeparator = ".", NumberGroupSeparator = "," };

    /// <summary>An amount with at least two decimals and its currency: "1 234,56 €", "1 234,56 USD".</summary>
    public static string Money(decimal value, string? currency, Language language) =>
        Amount(value, language) + " " + Symbol(currency);

    /// <summary>An amount with at least two decimals and no currency: "1 234,56".</summary>
    public static string Amount(decimal value, Language language) =>
        value.ToString(Decimals(value, 2), Numbers(language));

    /// <summary>A quantity, price or rate with only the decimals it has: "2", "1,5", "0,125".</summary>
    public static string Number(decimal value, Language language) =>
        value.ToString(Decimals(value, 0), Numbers(language));

    /// <summary>A percentage: "20 %" in French, "20%" in English.</summary>
    public static string Percent(decimal value, Language language) =>
        Number(value, language) + (language == Language.French ? " %" : "%");

    /// <summary>A date as dd/MM/yyyy.</summary>
    public static string Date(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    private static string Symbol(string? currency) => currency?.Trim().ToUpperInvariant() switch
    {
        null or "" => "",
        "EUR" => "€",
        var code => code,
    };

    private static NumberFormatInfo Numbers(Language language) => language == Language.French ? French : English;

    private static string Decimals(decimal value, int minimum)
    {
        // Dividing by 1.000… drops trailing zeros, so Scale is the number of decimals the value really has.
        var scale = Math.Max(minimum, (value / 1.000000000000000000000000000000000m).Scale);
        return scale == 0 ? "#,0" : "#,0." + new string('0', minimum) + new string('#', Math.Max(0, scale - minimum));
    }
}
