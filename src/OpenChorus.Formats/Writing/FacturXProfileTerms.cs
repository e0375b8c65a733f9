namespace OpenChorus.Formats.Writing;

/// <summary>
/// Which EN 16931 terms each Factur-X 1.08 profile carries, read from the profile XSDs: MINIMUM and BASIC WL have no
/// lines, BASIC has simple lines; EN16931 and EXTENDED carry every term.
/// </summary>
internal static class FacturXProfileTerms
{
    private static readonly HashSet<string> Minimum =
    [
        "BT-1", "BT-2", "BT-3", "BT-5", "BT-10", "BT-13", "BT-23", "BT-24", "BT-27", "BT-30", "BT-31", "BT-40",
        "BT-44", "BT-47", "BT-48", "BT-109", "BT-110", "BT-112", "BT-115",
    ];

    /// <summary>Document level terms of EN 16931 that BASIC WL (and BASIC) leave out.</summary>
    private static readonly HashSet<string> NotInBasicWl =
    [
        "BT-7", "BT-11", "BT-14", "BT-15", "BT-17", "BT-18", "BT-33", "BT-41", "BT-42", "BT-43", "BT-56", "BT-57",
        "BT-58", "BT-82", "BT-85", "BT-86", "BT-87", "BT-88", "BG-18", "BT-111", "BT-114", "BT-122", "BT-123", "BT-124",
        "BT-125", "BG-24",
    ];

    /// <summary>Line terms of EN 16931 that BASIC leaves out.</summary>
    private static readonly HashSet<string> NotInBasicLines =
    [
        "BT-128", "BT-132", "BT-133", "BT-154", "BT-155", "BT-156", "BT-158", "BT-159", "BT-160", "BT-161", "BG-32",
    ];

    /// <summary>True when the profile has a place for the term.</summary>
    public static bool Carries(FacturXProfile profile, string term) => profile switch
    {
        FacturXProfile.Minimum => Minimum.Contains(term),
        FacturXProfile.BasicWl => !NotInBasicWl.Contains(term) && !IsLineTerm(term),
        FacturXProfile.Basic => !NotInBasicWl.Contains(term) && !NotInBasicLines.Contains(term),
        _ => true,
    };

    /// <summary>Terms of the invoice line group (BG-25: BT-126…BT-161, BG-25…BG-32).</summary>
    private static bool IsLineTerm(string term) =>
        int.TryParse(term.AsSpan(3), out var number) &&
        (term.StartsWith("BT-", StringComparison.Ordinal) ? number is >= 126 and <= 161 : number is >= 25 and <= 32);
}
