namespace OpenChorus.Formats.Xml;

/// <summary>
/// A fast path for the two date formats invoices use, yyyy-MM-dd (UBL) and yyyyMMdd (CII format 102). It only
/// answers when the text is plainly a valid date in that format; anything else goes to the framework's exact parser,
/// so that every edge case (bad days, year 0000, time zones) is decided as before.
/// </summary>
internal static class IsoDate
{
    /// <summary>True when the text is a valid calendar date in the format "yyyy-MM-dd" or "yyyyMMdd".</summary>
    public static bool TryParse(ReadOnlySpan<char> text, string format, out DateOnly date)
    {
        date = default;
        var dashed = format == "yyyy-MM-dd";
        if (!dashed && format != "yyyyMMdd")
        {
            return false;
        }

        if (text.Length != (dashed ? 10 : 8) || (dashed && (text[4] != '-' || text[7] != '-')))
        {
            return false;
        }

        var year = Digits(text[..4]);
        var month = Digits(text.Slice(dashed ? 5 : 4, 2));
        var day = Digits(text.Slice(dashed ? 8 : 6, 2));
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    /// <summary>The value of ASCII digits; -1 when a character is not one.</summary>
    private static int Digits(ReadOnlySpan<char> text)
    {
        var value = 0;
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return -1;
            }

            value = (value * 10) + (c - '0');
        }

        return value;
    }
}
