namespace OpenChorus.Formats.Model;

/// <summary>An invoice or credit note in the EN 16931 semantic model, whatever syntax it was read from.</summary>
public sealed partial record Invoice
{
    /// <summary>The syntax the invoice was read from.</summary>
    public required InvoiceSyntax Syntax { get; init; }

    /// <summary>Invoice number (BT-1).</summary>
    public string? Number { get; init; }

    /// <summary>Invoice issue date (BT-2).</summary>
    public DateOnly? IssueDate { get; init; }

    /// <summary>Invoice type code, UNTDID 1001 (BT-3).</summary>
    public string? TypeCode { get; init; }

    /// <summary>Invoice currency code, ISO 4217 (BT-5).</summary>
    public string? CurrencyCode { get; init; }

    /// <summary>VAT accounting currency code (BT-6).</summary>
    public string? VatCurrencyCode { get; init; }

    /// <summary>Value added tax point date (BT-7).</summary>
    public DateOnly? TaxPointDate { get; init; }

    /// <summary>Value added tax point date code, UNTDID 2005 (BT-8).</summary>
    public string? TaxPointDateCode { get; init; }

    /// <summary>Payment due date (BT-9).</summary>
    public DateOnly? DueDate { get; init; }

    /// <summary>Buyer reference, the "service exécutant" in Chorus Pro (BT-10).</summary>
    public string? BuyerReference { get; init; }

    /// <summary>Project reference (BT-11).</summary>
    public string? ProjectReference { get; init; }

    /// <summary>Contract reference (BT-12).</summary>
    public string? ContractReference { get; init; }

    /// <summary>Purchase order reference, the "engagement juridique" in Chorus Pro (BT-13).</summary>
    public string? PurchaseOrderReference { get; init; }

    /// <summary>Sales order reference (BT-14).</summary>
    public string? SalesOrderReference { get; init; }

    /// <summary>Receiving advice reference (BT-15).</summary>
    public string? ReceivingAdviceReference { get; init; }

    /// <summary>Despatch advice reference (BT-16).</summary>
    public string? DespatchAdviceReference { get; init; }

    /// <summary>Tender or lot reference (BT-17).</summary>
    public string? TenderReference { get; init; }

    /// <summary>Invoiced object identifier (BT-18) and its scheme (BT-18-1).</summary>
    public Identifier? InvoicedObjectId { get; init; }

    /// <summary>Buyer accounting reference (BT-19).</summary>
    public string? BuyerAccountingReference { get; init; }

    /// <summary>Payment terms (BT-20).</summary>
    public string? PaymentTerms { get; init; }

    /// <summary>Invoice notes (BG-1).</summary>
    public IReadOnlyList<Note> Notes { get; init; } = [];

    /// <summary>Business process type (BT-23), in the process control group (BG-2).</summary>
    public string? BusinessProcess { get; init; }

    /// <summary>Specification identifier (BT-24), in the process control group (BG-2).</summary>
    public string? SpecificationId { get; init; }

    /// <summary>Preceding invoice references (BG-3).</summary>
    public IReadOnlyList<PrecedingInvoice> PrecedingInvoices { get; init; } = [];
}
