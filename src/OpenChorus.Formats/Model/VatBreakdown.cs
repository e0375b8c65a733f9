namespace OpenChorus.Formats.Model;

/// <summary>A VAT breakdown (BG-23).</summary>
public sealed record VatBreakdown
{
    /// <summary>VAT category taxable amount (BT-116).</summary>
    public decimal? TaxableAmount { get; init; }

    /// <summary>VAT category tax amount (BT-117).</summary>
    public decimal? TaxAmount { get; init; }

    /// <summary>VAT category code, UNTDID 5305 (BT-118).</summary>
    public string? CategoryCode { get; init; }

    /// <summary>
    /// True when the category is declared under the VAT scheme (UBL TaxScheme/ID = VAT, CII TypeCode = VAT); only then
    /// is it the VAT category code the standard requires.
    /// </summary>
    public bool CategoryIsVat { get; init; } = true;

    /// <summary>VAT category rate (BT-119).</summary>
    public decimal? Rate { get; init; }

    /// <summary>VAT exemption reason text (BT-120).</summary>
    public string? ExemptionReason { get; init; }

    /// <summary>VAT exemption reason code, VATEX (BT-121).</summary>
    public string? ExemptionReasonCode { get; init; }

    /// <summary>Where it was read.</summary>
    public SourceLocation Location { get; init; } = SourceLocation.None;
}
