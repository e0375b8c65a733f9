using OpenChorus.Web.Features.Structures;

namespace OpenChorus.Web.Features.Invoices.Emises.Deposit;

/// <summary>A deposit checked as far as its file, figures and attachments go: the invoice built from it (new and not
/// tracked, or the draft, tracked and changed but not saved), or the French messages keyed by field.</summary>
public sealed record PreparedDeposit(
    Outcome Outcome,
    Invoice? Invoice = null,
    DepositContent? Content = null,
    UploadedFile? Original = null,
    IReadOnlyList<UploadedFile>? NewAttachments = null,
    IReadOnlyList<InvoiceFile>? KeptAttachments = null)
{
    public static PreparedDeposit Denied() => new(Outcome.Denied());

    public IEnumerable<(string FileName, long Length)> AttachmentList =>
        (KeptAttachments ?? []).Select(f => (f.FileName, f.Length)).Concat((NewAttachments ?? []).Select(f => (f.FileName, f.Length)));
}
