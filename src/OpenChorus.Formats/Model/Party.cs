namespace OpenChorus.Formats.Model;

/// <summary>The seller (BG-4, BT-27…BT-34) or the buyer (BG-7, BT-44…BT-49).</summary>
public sealed record Party
{
    /// <summary>Legal name (BT-27, BT-44).</summary>
    public string? Name { get; init; }

    /// <summary>Trading name (BT-28, BT-45).</summary>
    public string? TradingName { get; init; }

    /// <summary>Party identifiers (BT-29 seller, BT-46 buyer), with their scheme (BT-29-1, BT-46-1).</summary>
    public IReadOnlyList<Identifier> Identifiers { get; init; } = [];

    /// <summary>Legal registration identifier, e.g. SIREN (BT-30, BT-47), with its scheme (BT-30-1, BT-47-1).</summary>
    public Identifier? LegalRegistrationId { get; init; }

    /// <summary>VAT identifier (BT-31, BT-48).</summary>
    public string? VatId { get; init; }

    /// <summary>Tax registration identifier, local scheme (BT-32, seller only).</summary>
    public string? TaxRegistrationId { get; init; }

    /// <summary>Additional legal information, e.g. share capital (BT-33, seller only).</summary>
    public string? AdditionalLegalInformation { get; init; }

    /// <summary>Electronic address (BT-34, BT-49) with its scheme (BT-34-1, BT-49-1).</summary>
    public Identifier? ElectronicAddress { get; init; }

    /// <summary>Postal address (BG-5, BG-8).</summary>
    public Address? Address { get; init; }

    /// <summary>Contact (BG-6, BG-9).</summary>
    public Contact? Contact { get; init; }
}
