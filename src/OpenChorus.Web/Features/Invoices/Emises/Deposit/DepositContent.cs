using OpenChorus.Formats.Validation;

namespace OpenChorus.Web.Features.Invoices.Emises.Deposit;

public enum DepositFormat
{
    /// <summary>UBL, CII or Factur-X: the data come from the XML.</summary>
    Structured,

    /// <summary>A plain PDF: the user types the data.</summary>
    Pdf,

    /// <summary>A zip or tar.gz lot of structured invoices.</summary>
    Lot,

    /// <summary>Nothing the deposit accepts.</summary>
    Refused,
}

/// <summary>The figures of an invoice: read from its XML, typed by the user, or pre-filled from a PDF's text.</summary>
public sealed record InvoiceFigures(
    string? Number,
    DateOnly? IssueDate,
    InvoiceKind Kind,
    string Currency,
    decimal? TotalExcludingVat,
    decimal? TotalVat,
    decimal? TotalIncludingVat,
    decimal? AmountDue,
    string? SellerName,
    string? SellerSiret = null);

/// <summary>What a deposited file is and what could be read from it: for a structured invoice its data, the routing
/// it suggests (buyer's SIRET, BT-10, BT-13) and its fatal EN 16931 violations; for a plain PDF the guesses read from
/// its text.</summary>
public sealed record DepositContent(
    DepositFormat Format,
    string Description,
    string? Refusal,
    ValidationReport? Report,
    InvoiceFigures? Figures,
    string? RecipientSiret,
    string? ServiceCode,
    string? EngagementNumber)
{
    public IReadOnlyList<RuleViolation> Fatal =>
        Report?.Violations.Where(v => v.Severity == Severity.Fatal).ToList() ?? [];

    public DepositMode Mode => Format == DepositFormat.Structured ? DepositMode.PortailXml : DepositMode.PortailPdf;

    public static DepositContent Refuse(string description, string refusal) =>
        new(DepositFormat.Refused, description, refusal, null, null, null, null, null);
}
