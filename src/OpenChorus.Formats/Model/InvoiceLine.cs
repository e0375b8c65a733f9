namespace OpenChorus.Formats.Model;

/// <summary>An invoice line (BG-25).</summary>
public sealed record InvoiceLine
{
    /// <summary>Invoice line identifier (BT-126).</summary>
    public string? Id { get; init; }

    /// <summary>Invoice line note (BT-127).</summary>
    public string? Note { get; init; }

    /// <summary>Invoice line object identifier (BT-128) and its scheme (BT-128-1).</summary>
    public Identifier? ObjectId { get; init; }

    /// <summary>Invoiced quantity (BT-129).</summary>
    public decimal? Quantity { get; init; }

    /// <summary>Invoiced quantity unit of measure code, UN/ECE Rec 20/21 (BT-130).</summary>
    public string? QuantityUnitCode { get; init; }

    /// <summary>Invoice line net amount (BT-131).</summary>
    public decimal? NetAmount { get; init; }

    /// <summary>Referenced purchase order line reference (BT-132).</summary>
    public string? OrderLineReference { get; init; }

    /// <summary>Invoice line buyer accounting reference (BT-133).</summary>
    public string? BuyerAccountingReference { get; init; }

    /// <summary>Invoice line period (BG-26).</summary>
    public Period? Period { get; init; }

    /// <summary>Invoice line allowances (BG-27) and charges (BG-28).</summary>
    public IReadOnlyList<AllowanceCharge> AllowanceCharges { get; init; } = [];

    /// <summary>Price details (BG-29).</summary>
    public PriceDetails Price { get; init; } = new();

    /// <summary>Invoiced item VAT category code (BT-151).</summary>
    public string? VatCategoryCode { get; init; }

    /// <summary>Invoiced item VAT rate (BT-152).</summary>
    public decimal? VatRate { get; init; }

    /// <summary>
    /// True when the category is declared under the VAT scheme (UBL TaxScheme/ID = VAT, CII TypeCode = VAT); only then
    /// is it the VAT category code the standard requires.
    /// </summary>
    public bool CategoryIsVat { get; init; } = true;

    /// <summary>Item information (BG-31).</summary>
    public ItemInformation Item { get; init; } = new();

    /// <summary>
    /// Business terms present in the source whose value could not be read (e.g. a date that is not a date): the
    /// term is there, so presence rules hold, and the data type check reports the value.
    /// </summary>
    public IReadOnlyList<string> UnreadableTerms { get; init; } = [];

    /// <summary>Where it was read.</summary>
    public SourceLocation Location { get; init; } = SourceLocation.None;
}
