namespace OpenChorus.Pdf.Rendering;

/// <summary>The words of a rendered invoice in one language; <see cref="For"/> picks French or English.</summary>
internal sealed partial record Labels
{
    public required string Invoice { get; init; }
    public required string CreditNote { get; init; }
    public required string CorrectedInvoice { get; init; }
    public required string PrepaymentInvoice { get; init; }
    public required string SelfBilledInvoice { get; init; }
    public required string Number { get; init; }
    public required string IssueDate { get; init; }
    public required string DueDate { get; init; }
    public required string TaxPointDate { get; init; }
    public required string DeliveryDate { get; init; }
    public required string InvoicingPeriod { get; init; }
    public required string Currency { get; init; }
    public required string Seller { get; init; }
    public required string Buyer { get; init; }
    public required string TradingName { get; init; }
    public required string Siren { get; init; }
    public required string Siret { get; init; }
    public required string LegalId { get; init; }
    public required string PartyId { get; init; }
    public required string VatId { get; init; }
    public required string TaxRegistration { get; init; }
    public required string ElectronicAddress { get; init; }
    public required string Contact { get; init; }
    public required string References { get; init; }
    public required string ServiceCode { get; init; }
    public required string Engagement { get; init; }
    public required string Contract { get; init; }
    public required string Project { get; init; }
    public required string SalesOrder { get; init; }
    public required string ReceivingAdvice { get; init; }
    public required string DespatchAdvice { get; init; }
    public required string Tender { get; init; }
    public required string InvoicedObject { get; init; }
    public required string BuyerAccounting { get; init; }
    public required string PrecedingInvoice { get; init; }
    public required string Payee { get; init; }
    public required string TaxRepresentative { get; init; }
    public required string DeliverTo { get; init; }
    public required string Lines { get; init; }
    public required string LineNumber { get; init; }
    public required string Description { get; init; }
    public required string Quantity { get; init; }
    public required string Unit { get; init; }
    public required string UnitPrice { get; init; }
    public required string VatRate { get; init; }
    public required string NetAmount { get; init; }
    public required string Allowance { get; init; }
    public required string Charge { get; init; }
    public required string OrderLine { get; init; }
    public required string AllowancesCharges { get; init; }
    public required string Reason { get; init; }
    public required string BaseAmount { get; init; }
    public required string VatBreakdown { get; init; }
    public required string VatCategory { get; init; }
    public required string TaxableAmount { get; init; }
    public required string VatAmount { get; init; }
    public required string Exemption { get; init; }
    public required string LineTotal { get; init; }
    public required string AllowanceTotal { get; init; }
    public required string ChargeTotal { get; init; }
    public required string TaxExclusive { get; init; }
    public required string VatTotal { get; init; }
    public required string VatTotalAccounting { get; init; }
    public required string TaxInclusive { get; init; }
    public required string Prepaid { get; init; }
    public required string Rounding { get; init; }
    public required string Payable { get; init; }
    public required string Payment { get; init; }
    public required string PaymentTerms { get; init; }
    public required string PaymentMeans { get; init; }
    public required string AccountName { get; init; }
    public required string Remittance { get; init; }
    public required string Mandate { get; init; }
    public required string CreditorId { get; init; }
    public required string DebitedAccount { get; init; }
    public required string Card { get; init; }
    public required string Notes { get; init; }
    public required string Page { get; init; }
    public required string Continued { get; init; }
    public required IReadOnlyDictionary<string, string> NoteSubjects { get; init; }
    public required IReadOnlyDictionary<string, string> PaymentMeansNames { get; init; }

    /// <summary>The labels of a language.</summary>
    public static Labels For(Language language) => language == Language.English ? English : French;

    /// <summary>The document title from the invoice type code (UNTDID 1001).</summary>
    public string Title(string? typeCode) => typeCode?.Trim() switch
    {
        "381" or "261" or "262" or "396" or "532" => CreditNote,
        "384" or "471" or "472" => CorrectedInvoice,
        "386" or "500" => PrepaymentInvoice,
        "389" or "527" => SelfBilledInvoice,
        _ => Invoice,
    };
}
