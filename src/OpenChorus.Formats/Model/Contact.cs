namespace OpenChorus.Formats.Model;

/// <summary>A contact: seller BG-6 (BT-41…BT-43) or buyer BG-9 (BT-56…BT-58).</summary>
public sealed record Contact
{
    /// <summary>Contact point (BT-41, BT-56).</summary>
    public string? Name { get; init; }

    /// <summary>Contact telephone number (BT-42, BT-57).</summary>
    public string? Phone { get; init; }

    /// <summary>Contact email address (BT-43, BT-58).</summary>
    public string? Email { get; init; }
}
