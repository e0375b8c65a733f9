using OpenChorus.Web.Features.Invoices;
using OpenChorus.Web.Features.Structures;

namespace OpenChorus.Web.Features.Api.Factures.Read;

/// <summary>One invoice as every search lists it: only the columns the answers need, read in one query.</summary>
public sealed record InvoiceRow
{
    public int Id { get; init; }

    public required string Number { get; init; }

    public InvoiceStatus Status { get; init; }

    public InvoiceFrame Frame { get; init; }

    public InvoiceKind Kind { get; init; }

    public DepositMode DepositMode { get; init; }

    public int SupplierId { get; init; }

    public required string SupplierIdentifier { get; init; }

    public IdentifierType SupplierIdentifierType { get; init; }

    public required string SupplierName { get; init; }

    public int? RecipientId { get; init; }

    public string? RecipientIdentifier { get; init; }

    public IdentifierType? RecipientIdentifierType { get; init; }

    public string? RecipientName { get; init; }

    public int? ServiceId { get; init; }

    public string? ServiceCode { get; init; }

    public string? ServiceName { get; init; }

    public int? ValidatorId { get; init; }

    public string? ValidatorIdentifier { get; init; }

    public IdentifierType? ValidatorIdentifierType { get; init; }

    public string? ValidatorName { get; init; }

    public DateOnly IssueDate { get; init; }

    public DateTime? SentAtUtc { get; init; }

    public DateTime UpdatedAtUtc { get; init; }

    public decimal TotalExcludingVat { get; init; }

    public decimal TotalIncludingVat { get; init; }

    public decimal AmountDue { get; init; }

    public required string Currency { get; init; }

    public string? ContractNumber { get; init; }

    public string? EngagementNumber { get; init; }

    public bool RejectionAcknowledged { get; init; }

    public bool Downloaded { get; init; }

    /// <summary>The comment of the last event (the motif of a suspension or rejection).</summary>
    public string? LastComment { get; init; }

    /// <summary>When the titulaire validated it, or the fifteen days ran out (A9 / A12).</summary>
    public DateTime? ValidatedAtUtc { get; init; }

    public static IQueryable<InvoiceRow> Project(IQueryable<Invoice> invoices) => invoices.Select(i => new InvoiceRow
    {
        Id = i.Id,
        Number = i.Number,
        Status = i.Status,
        Frame = i.Frame,
        Kind = i.Kind,
        DepositMode = i.DepositMode,
        SupplierId = i.SupplierStructureId,
        SupplierIdentifier = i.SupplierStructure!.Identifier,
        SupplierIdentifierType = i.SupplierStructure.IdentifierType,
        SupplierName = i.SupplierStructure.CompanyName,
        RecipientId = i.RecipientStructureId,
        RecipientIdentifier = i.RecipientStructure == null ? null : i.RecipientStructure.Identifier,
        RecipientIdentifierType = i.RecipientStructure == null ? null : i.RecipientStructure.IdentifierType,
        RecipientName = i.RecipientStructure == null ? null : i.RecipientStructure.CompanyName,
        ServiceId = i.RecipientServiceId,
        ServiceCode = i.RecipientService == null ? null : i.RecipientService.Code,
        ServiceName = i.RecipientService == null ? null : i.RecipientService.Name,
        ValidatorId = i.ValidatorStructureId,
        ValidatorIdentifier = i.ValidatorStructure == null ? null : i.ValidatorStructure.Identifier,
        ValidatorIdentifierType = i.ValidatorStructure == null ? null : i.ValidatorStructure.IdentifierType,
        ValidatorName = i.ValidatorStructure == null ? null : i.ValidatorStructure.CompanyName,
        IssueDate = i.IssueDate,
        SentAtUtc = i.SentAtUtc,
        UpdatedAtUtc = i.UpdatedAtUtc,
        TotalExcludingVat = i.TotalExcludingVat,
        TotalIncludingVat = i.TotalIncludingVat,
        AmountDue = i.AmountDue,
        Currency = i.Currency,
        ContractNumber = i.ContractNumber,
        EngagementNumber = i.EngagementNumber,
        RejectionAcknowledged = i.RejectionAcknowledgedAtUtc != null,
        Downloaded = i.DownloadedByRecipientAtUtc != null,
        LastComment = i.Events.OrderByDescending(e => e.AtUtc).ThenByDescending(e => e.Id).Select(e => e.Comment).FirstOrDefault(),
        ValidatedAtUtc = i.Events.Where(e => e.Status == InvoiceStatus.Validee1 || e.Status == InvoiceStatus.AbsenceValidation1HorsDelai)
            .Select(e => (DateTime?)e.AtUtc).FirstOrDefault(),
    });
}
