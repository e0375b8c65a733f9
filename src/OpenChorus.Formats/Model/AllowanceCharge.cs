namespace OpenChorus.Formats.Model;

/// <summary>
/// A document level allowance (BG-20: BT-92…BT-98) or charge (BG-21: BT-99…BT-105), or an invoice line allowance
/// (BG-27: BT-136…BT-140) or charge (BG-28: BT-141…BT-145). Line ones carry no VAT category.
/// </summary>
public sealed record AllowanceCharge
{
    /// <summary>True for a charge (BG-21, BG-28), false for an allowance (BG-20, BG-27).</summary>
    public bool IsCharge { get; init; }

    /// <summary>Amount, without VAT (BT-92, BT-99, BT-136, BT-141).</summary>
    public decimal? Amount { get; init; }

    /// <summary>Base amount (BT-93, BT-100, BT-137, BT-142).</summary>
    public decimal? BaseAmount { get; init; }

    /// <summary>Percentage (BT-94, BT-101, BT-138, BT-143).</summary>
    public decimal? Percentage { get; init; }

    /// <summary>VAT category code (BT-95, BT-102; document level only).</summary>
    public string? VatCategoryCode { get; init; }

    /// <summary>VAT rate (BT-96, BT-103; document level only).</summary>
    public decimal? VatRate { get; init; }

    /// <summary>
    /// True when the category is declared under the VAT scheme (UBL TaxScheme/ID = VAT, CII TypeCode = VAT); only then
    /// is it the VAT category code the standard requires.
    /// </summary>
    public bool CategoryIsVat { get; init; } = true;

    /// <summary>Reason (BT-97, BT-104, BT-139, BT-144).</summary>
    public string? Reason { get; init; }

    /// <summary>Reason code, UNTDID 5189 for allowances and 7161 for charges (BT-98, BT-105, BT-140, BT-145).</summary>
    public string? ReasonCode { get; init; }

    /// <summary>Where it was read.</summary>
    public SourceLocation Location { get; init; } = SourceLocation.None;
}
