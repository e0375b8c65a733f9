namespace OpenChorus.Formats.Model;

/// <summary>
/// A postal address: seller BG-5 (BT-35…BT-40, BT-162), buyer BG-8 (BT-50…BT-55, BT-163), tax representative BG-12
/// (BT-64…BT-69, BT-164) or deliver-to BG-15 (BT-75…BT-80, BT-165).
/// </summary>
public sealed record Address
{
    /// <summary>Address line 1 (BT-35, BT-50, BT-64, BT-75).</summary>
    public string? Line1 { get; init; }

    /// <summary>Address line 2 (BT-36, BT-51, BT-65, BT-76).</summary>
    public string? Line2 { get; init; }

    /// <summary>Address line 3 (BT-162, BT-163, BT-164, BT-165).</summary>
    public string? Line3 { get; init; }

    /// <summary>City (BT-37, BT-52, BT-66, BT-77).</summary>
    public string? City { get; init; }

    /// <summary>Post code (BT-38, BT-53, BT-67, BT-78).</summary>
    public string? PostCode { get; init; }

    /// <summary>Country subdivision (BT-39, BT-54, BT-68, BT-79).</summary>
    public string? CountrySubdivision { get; init; }

    /// <summary>Country code, ISO 3166-1 alpha-2 (BT-40, BT-55, BT-69, BT-80).</summary>
    public string? CountryCode { get; init; }
}
