namespace OpenChorus.Formats.Model;

public sealed partial record Invoice
{
    /// <summary>Seller (BG-4).</summary>
    public Party? Seller { get; init; }

    /// <summary>Buyer (BG-7).</summary>
    public Party? Buyer { get; init; }

    /// <summary>Payee (BG-10).</summary>
    public Payee? Payee { get; init; }

    /// <summary>Seller tax representative party (BG-11).</summary>
    public TaxRepresentative? TaxRepresentative { get; init; }

    /// <summary>Delivery information (BG-13).</summary>
    public Delivery? Delivery { get; init; }

    /// <summary>Invoicing period (BG-14).</summary>
    public Period? InvoicingPeriod { get; init; }

    /// <summary>Payment instructions (BG-16); UBL may repeat the payment means.</summary>
    public IReadOnlyList<PaymentInstructions> PaymentInstructions { get; init; } = [];

    /// <summary>Document level allowances (BG-20) and charges (BG-21).</summary>
    public IReadOnlyList<AllowanceCharge> AllowanceCharges { get; init; } = [];

    /// <summary>Document totals (BG-22); null when the document has no totals group at all.</summary>
    public DocumentTotals? Totals { get; init; }

    /// <summary>VAT breakdowns (BG-23).</summary>
    public IReadOnlyList<VatBreakdown> VatBreakdowns { get; init; } = [];

    /// <summary>Additional supporting documents (BG-24).</summary>
    public IReadOnlyList<AdditionalDocument> AdditionalDocuments { get; init; } = [];

    /// <summary>Invoice lines (BG-25).</summary>
    public IReadOnlyList<InvoiceLine> Lines { get; init; } = [];

    /// <summary>
    /// Business terms present in the source whose value could not be read (e.g. a date that is not a date): the
    /// term is there, so presence rules hold, and the data type check reports the value.
    /// </summary>
    public IReadOnlyList<string> UnreadableTerms { get; init; } = [];

    /// <summary>Where the invoice root was read.</summary>
    public SourceLocation Location { get; init; } = SourceLocation.None;

    /// <summary>Document level allowances (BG-20).</summary>
    public IEnumerable<AllowanceCharge> Allowances => AllowanceCharges.Where(a => !a.IsCharge);

    /// <summary>Document level charges (BG-21).</summary>
    public IEnumerable<AllowanceCharge> Charges => AllowanceCharges.Where(a => a.IsCharge);
}
