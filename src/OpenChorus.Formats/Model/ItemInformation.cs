namespace OpenChorus.Formats.Model;

/// <summary>Item information (BG-31) and item attributes (BG-32).</summary>
public sealed record ItemInformation
{
    /// <summary>Item name (BT-153).</summary>
    public string? Name { get; init; }

    /// <summary>Item description (BT-154).</summary>
    public string? Description { get; init; }

    /// <summary>Item seller's identifier (BT-155).</summary>
    public string? SellerId { get; init; }

    /// <summary>Item buyer's identifier (BT-156).</summary>
    public string? BuyerId { get; init; }

    /// <summary>Item standard identifier (BT-157) and its scheme (BT-157-1).</summary>
    public Identifier? StandardId { get; init; }

    /// <summary>Item classification identifiers (BT-158), scheme in BT-158-1 and scheme version in BT-158-2.</summary>
    public IReadOnlyList<Identifier> Classifications { get; init; } = [];

    /// <summary>Item country of origin (BT-159).</summary>
    public string? OriginCountryCode { get; init; }

    /// <summary>Item attributes (BG-32): name (BT-160) and value (BT-161).</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Attributes { get; init; } = [];
}
