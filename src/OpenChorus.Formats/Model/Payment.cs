namespace OpenChorus.Formats.Model;

/// <summary>Payment instructions (BG-16).</summary>
public sealed record PaymentInstructions
{
    /// <summary>Payment means type code, UNTDID 4461 (BT-81).</summary>
    public string? MeansCode { get; init; }

    /// <summary>Payment means text (BT-82).</summary>
    public string? MeansText { get; init; }

    /// <summary>Remittance information (BT-83).</summary>
    public string? RemittanceInformation { get; init; }

    /// <summary>Credit transfers (BG-17).</summary>
    public IReadOnlyList<CreditTransfer> CreditTransfers { get; init; } = [];

    /// <summary>Payment card information (BG-18).</summary>
    public PaymentCard? Card { get; init; }

    /// <summary>Direct debit (BG-19).</summary>
    public DirectDebit? DirectDebit { get; init; }

    /// <summary>Where the payment means were read.</summary>
    public SourceLocation Location { get; init; } = SourceLocation.None;
}

/// <summary>A credit transfer (BG-17).</summary>
/// <param name="AccountId">Payment account identifier, e.g. IBAN (BT-84).</param>
/// <param name="AccountName">Payment account name (BT-85).</param>
/// <param name="ServiceProviderId">Payment service provider identifier, e.g. BIC (BT-86).</param>
public sealed record CreditTransfer(string? AccountId, string? AccountName, string? ServiceProviderId);

/// <summary>Payment card information (BG-18).</summary>
/// <param name="PrimaryAccountNumber">Payment card primary account number, last digits only (BT-87).</param>
/// <param name="HolderName">Payment card holder name (BT-88).</param>
public sealed record PaymentCard(string? PrimaryAccountNumber, string? HolderName);

/// <summary>Direct debit (BG-19).</summary>
/// <param name="MandateReference">Mandate reference identifier (BT-89).</param>
/// <param name="CreditorId">Bank assigned creditor identifier (BT-90).</param>
/// <param name="DebitedAccountId">Debited account identifier (BT-91).</param>
public sealed record DirectDebit(string? MandateReference, string? CreditorId, string? DebitedAccountId);
