namespace OpenChorus.Formats.Model;

/// <summary>The payee, when it is not the seller (BG-10).</summary>
public sealed record Payee
{
    /// <summary>Payee name (BT-59).</summary>
    public string? Name { get; init; }

    /// <summary>Payee identifier (BT-60) and its scheme (BT-60-1).</summary>
    public Identifier? Identifier { get; init; }

    /// <summary>Payee legal registration identifier (BT-61) and its scheme (BT-61-1).</summary>
    public Identifier? LegalRegistrationId { get; init; }
}
