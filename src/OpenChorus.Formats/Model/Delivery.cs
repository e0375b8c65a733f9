namespace OpenChorus.Formats.Model;

/// <summary>Delivery information (BG-13).</summary>
public sealed record Delivery
{
    /// <summary>Deliver to party name (BT-70).</summary>
    public string? PartyName { get; init; }

    /// <summary>Deliver to location identifier (BT-71) and its scheme (BT-71-1).</summary>
    public Identifier? LocationId { get; init; }

    /// <summary>Actual delivery date (BT-72).</summary>
    public DateOnly? ActualDate { get; init; }

    /// <summary>Deliver to address (BG-15).</summary>
    public Address? Address { get; init; }
}
