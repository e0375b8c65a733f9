namespace OpenChorus.Formats.Writing;

/// <summary>
/// The value added tax point date code (BT-8) is UNTDID 2005 in UBL (3 invoice date, 35 delivery date, 432 paid to
/// date) and UNTDID 2475 in CII (5, 29, 72): the same three meanings under other codes.
/// </summary>
public static class TaxPointDateCodes
{
    /// <summary>The UBL code for a code of either syntax; other values unchanged.</summary>
    public static string? ToUbl(string? code) => code switch
    {
        "5" => "3",
        "29" => "35",
        "72" => "432",
        _ => code,
    };

    /// <summary>The CII code for a code of either syntax; other values unchanged.</summary>
    public static string? ToCii(string? code) => code switch
    {
        "3" => "5",
        "35" => "29",
        "432" => "72",
        _ => code,
    };
}
