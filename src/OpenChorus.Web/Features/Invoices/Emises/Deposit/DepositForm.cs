namespace OpenChorus.Web.Features.Invoices.Emises.Deposit;

/// <summary>The deposit form as posted: the structure, the tickets of the files already uploaded, the figures typed
/// for a plain PDF (a structured file brings its own) and the routing fields.</summary>
public sealed class DepositForm
{
    public int StructureId { get; set; }

    /// <summary>Ticket of the invoice file (new deposit only; a draft keeps its file).</summary>
    public string? FileTicket { get; set; }

    public List<string> AttachmentTickets { get; set; } = [];

    /// <summary>Attachments of a draft the user removed.</summary>
    public List<int> RemovedFileIds { get; set; } = [];

    public InvoiceFrame Frame { get; set; } = InvoiceFrame.A1;

    public InvoiceKind Kind { get; set; } = InvoiceKind.Facture;

    public string? Number { get; set; }

    public string? IssueDate { get; set; }

    public string? TotalExcludingVat { get; set; }

    public string? TotalVat { get; set; }

    public string? TotalIncludingVat { get; set; }

    public string? AmountDue { get; set; }

    public string? RecipientSiret { get; set; }

    public string? ServiceCode { get; set; }

    public string? EngagementNumber { get; set; }

    public string? ValidatorSiret { get; set; }

    public string? Comment { get; set; }

    public RoutingInput Route => new(Frame, RecipientSiret, ServiceCode, EngagementNumber, Frame.NeedsValidation() ? ValidatorSiret : null);

    /// <summary>Pre-fills what the file suggests, leaving what the user typed.</summary>
    public void Suggest(DepositContent content)
    {
        RecipientSiret ??= content.RecipientSiret;
        ServiceCode ??= content.ServiceCode;
        EngagementNumber ??= content.EngagementNumber;
        if (content.Figures is not { } figures)
        {
            return;
        }

        Number ??= figures.Number;
        IssueDate ??= figures.IssueDate is null ? null : DepositValues.Date(figures.IssueDate);
        TotalExcludingVat ??= Amount(figures.TotalExcludingVat);
        TotalVat ??= Amount(figures.TotalVat);
        TotalIncludingVat ??= Amount(figures.TotalIncludingVat);
        AmountDue ??= Amount(figures.AmountDue);
        Kind = figures.Kind;
    }

    /// <summary>The form as a saved draft shows it.</summary>
    public static DepositForm Of(Invoice draft, string? recipientSiret, string? serviceCode, string? validatorSiret) => new()
    {
        StructureId = draft.SupplierStructureId,
        Frame = draft.Frame,
        Kind = draft.Kind,
        Number = draft.Number,
        IssueDate = DepositValues.Date(draft.IssueDate),
        TotalExcludingVat = DepositValues.Amount(draft.TotalExcludingVat),
        TotalVat = DepositValues.Amount(draft.TotalVat),
        TotalIncludingVat = DepositValues.Amount(draft.TotalIncludingVat),
        AmountDue = DepositValues.Amount(draft.AmountDue),
        RecipientSiret = recipientSiret,
        ServiceCode = serviceCode,
        EngagementNumber = draft.EngagementNumber,
        ValidatorSiret = validatorSiret,
        Comment = draft.Comment,
    };

    private static string? Amount(decimal? value) => value is null ? null : DepositValues.Amount(value);
}
