namespace OpenChorus.Formats.Model;

/// <summary>Price details (BG-29).</summary>
public sealed record PriceDetails
{
    /// <summary>Item net price (BT-146).</summary>
    public decimal? NetPrice { get; init; }

    /// <summary>Item price discount (BT-147).</summary>
    public decimal? Discount { get; init; }

    /// <summary>Item gross price (BT-148).</summary>
    public decimal? GrossPrice { get; init; }

    /// <summary>Item price base quantity (BT-149).</summary>
    public decimal? BaseQuantity { get; init; }

    /// <summary>Item price base quantity unit of measure code (BT-150).</summary>
    public string? BaseQuantityUnitCode { get; init; }
}
