namespace OpenChorus.Formats.Model;

/// <summary>An invoicing period (BG-14: BT-73, BT-74) or an invoice line period (BG-26: BT-134, BT-135).</summary>
/// <param name="Start">Start date (BT-73, BT-134).</param>
/// <param name="End">End date (BT-74, BT-135).</param>
/// <param name="DescriptionCode">Value added tax point date code carried by the period in UBL (BT-8).</param>
public sealed record Period(DateOnly? Start, DateOnly? End, string? DescriptionCode = null);
