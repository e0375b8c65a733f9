namespace OpenChorus.Web.Features.Invoices.Recues;

/// <summary>The criteria of a search in "Factures reçues", already checked; empty ones do not filter.</summary>
public sealed record ReceivedInvoiceFilter
{
    public const int MinPageSize = 20;
    public const int MaxPageSize = 50;

    public IReadOnlyList<InvoiceStatus> Statuses { get; init; } = [];

    /// <summary>Mise à disposition on or after this instant (UTC).</summary>
    public DateTime? FromUtc { get; init; }

    /// <summary>Mise à disposition before this instant (UTC, exclusive).</summary>
    public DateTime? BeforeUtc { get; init; }

    /// <summary>SIRET (digits) or part of the raison sociale.</summary>
    public string? Supplier { get; init; }

    public string? Number { get; init; }

    public long? MinAmountCents { get; init; }

    public long? MaxAmountCents { get; init; }

    public int? ServiceId { get; init; }

    public int? StructureId { get; init; }

    public int Page { get; init; } = 1;

    public int PageSize { get; init; } = MinPageSize;
}

/// <summary>One line of a list of received invoices: only the columns the list shows.</summary>
public sealed record ReceivedInvoiceRow(
    int Id,
    string Number,
    string SupplierName,
    string SupplierIdentifier,
    string RecipientName,
    string? ServiceCode,
    DateTime? MadeAvailableAtUtc,
    decimal TotalIncludingVat,
    string Currency,
    InvoiceStatus Status);

/// <summary>A page of results with the total count.</summary>
public sealed record ReceivedInvoicePage(IReadOnlyList<ReceivedInvoiceRow> Rows, int Total, int Page, int PageSize)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}
