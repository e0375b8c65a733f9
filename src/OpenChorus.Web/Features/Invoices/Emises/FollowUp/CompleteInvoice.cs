using OpenChorus.Web.Features.Invoices.Documents;
using OpenChorus.Web.Features.Invoices.Emises.Deposit;
using OpenChorus.Web.Features.Structures;

namespace OpenChorus.Web.Features.Invoices.Emises.FollowUp;

/// <summary>"Compléter" a suspended invoice: the supplier adds attachments and/or a comment; the invoice is
/// "Complétée", back with the recipient, and the délai global de paiement starts again.</summary>
public sealed class CompleteInvoice(SupplierAction action, IDocumentStore store)
{
    public const string CommentField = "Comment";

    public async Task<Outcome> HandleAsync(Guid userId, int invoiceId, string? comment, IReadOnlyList<IncomingFile> attachments, CancellationToken cancellationToken)
    {
        var invoice = await action.FindAsync(userId, invoiceId, cancellationToken);
        if (invoice is null)
        {
            return Outcome.Denied();
        }

        if (invoice.Status != InvoiceStatus.Suspendue)
        {
            return Outcome.Fail($"Une facture au statut « {invoice.Status.Label()} » ne peut pas être complétée.");
        }

        var errors = new List<OutcomeError>();
        var text = comment?.Trim();
        if (string.IsNullOrEmpty(text) && attachments.Count == 0)
        {
            errors.Add(new(CommentField, "Ajoutez au moins une pièce jointe ou un commentaire pour compléter la facture."));
        }

        if (text is { Length: > Invoice.CommentMaxLength })
        {
            errors.Add(new(CommentField, $"Le commentaire compte au plus {Invoice.CommentMaxLength} caractères."));
        }

        errors.AddRange(attachments.Select(a => AttachmentRules.Check(UploadTickets.CleanName(a.FileName), a.Content.LongLength))
            .OfType<string>().Select(m => new OutcomeError(AttachmentRules.Field, m)));
        var total = invoice.Files.Where(f => f.Kind != InvoiceFileKind.Rendering).Sum(f => f.Length) + attachments.Sum(a => a.Content.LongLength);
        if (AttachmentRules.CheckTotal(total) is { } tooBig)
        {
            errors.Add(new(AttachmentRules.Field, tooBig));
        }

        if (errors.Count > 0)
        {
            return Outcome.Fail(errors);
        }

        var now = action.Now;
        foreach (var attachment in attachments)
        {
            var sha = await store.PutAsync(attachment.Content, cancellationToken);
            invoice.Files.Add(new InvoiceFile
            {
                Kind = InvoiceFileKind.Attachment,
                FileName = UploadTickets.CleanName(attachment.FileName),
                ContentType = string.IsNullOrWhiteSpace(attachment.ContentType) || attachment.ContentType.Length > 100 ? "application/octet-stream" : attachment.ContentType,
                Length = attachment.Content.LongLength,
                Sha256 = sha,
                AddedAtUtc = now,
                AddedByUserId = userId,
            });
        }

        var actor = await action.ActorAsync(userId, cancellationToken);
        var what = attachments.Count == 0 ? "" : $"Pièces jointes ajoutées : {string.Join(", ", attachments.Select(a => UploadTickets.CleanName(a.FileName)))}. ";
        return await action.CommitAsync(invoice, () => invoice.Complete(actor, what + text, now), cancellationToken);
    }
}
