namespace OpenChorus.Formats.Validation.Rules;

/// <summary>Arithmetic as the official rules do it: XPath round(x * 100) div 100 (halves rounded up).</summary>
internal static class Amounts
{
    /// <summary>Rounds to two decimals, halves towards positive infinity (XPath fn:round).</summary>
    public static decimal Round2(decimal value) => decimal.Floor((value * 100m) + 0.5m) / 100m;

    /// <summary>Rounds to an integer, halves towards positive infinity (XPath fn:round).</summary>
    public static decimal Round0(decimal value) => decimal.Floor(value + 0.5m);

    /// <summary>Sums the values that are present.</summary>
    public static decimal Sum<T>(IEnumerable<T> items, Func<T, decimal?> selector) =>
        items.Sum(item => selector(item) ?? 0m);

    /// <summary>True when the text is missing or only blanks (XPath normalize-space(.) = '').</summary>
    public static bool IsBlank(string? text) => string.IsNullOrWhiteSpace(text);

    /// <summary>Number of digits after the decimal point, as BR-DEC rules count them.</summary>
    public static int Decimals(decimal? value) => value is { } v ? v.Scale : 0;
}
