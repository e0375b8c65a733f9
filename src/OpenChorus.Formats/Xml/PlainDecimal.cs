namespace OpenChorus.Formats.Xml;

/// <summary>
/// A fast path for the decimals invoices hold: an optional minus, digits, and an optional point followed by digits, at
/// most 18 digits in all (so that they fit a long). Gives the same value and scale as decimal.TryParse with the
/// invariant culture (1.50 keeps its two places); anything else, negative zero included, is left to it.
/// </summary>
internal static class PlainDecimal
{
    private const int MaxDigits = 18;

    /// <summary>Parses a plain decimal; false when the text is not one (it may still be a decimal for decimal.TryParse).</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out decimal value)
    {
        value = 0m;
        var negative = !text.IsEmpty && text[0] == '-';
        var i = negative ? 1 : 0;
        var (mantissa, digits, scale, point) = (0L, 0, 0, false);
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (c is >= '0' and <= '9')
            {
                mantissa = (mantissa * 10) + (c - '0');
                scale += point ? 1 : 0;
                if (++digits > MaxDigits)
                {
                    return false;
                }
            }
            else if (c == '.' && !point && digits > 0)
            {
                point = true;
            }
            else
            {
                return false;
            }
        }

        if (digits == 0 || (point && scale == 0) || (negative && mantissa == 0))
        {
            return false;
        }

        value = new decimal((int)mantissa, (int)(mantissa >> 32), 0, negative, (byte)scale);
        return true;
    }
}
