using Microsoft.EntityFrameworkCore;
using OpenChorus.Web.Data;
using OpenChorus.Web.Features.Structures;
using OpenChorus.Web.Features.Structures.Access;

namespace OpenChorus.Web.Features.Invoices.Recues;

/// <summary>What an agent asks on an invoice: the action, its motif or comment, the numéro de mandat, and the version
/// of the invoice they were looking at.</summary>
public sealed record ProcessRequest(int InvoiceId, RecipientAction Action, string? Comment, string? MandateNumber, int? SeenVersion);

/// <summary>
/// "Traiter la facture": an agent with "Factures reçues" in Modification on the invoice's structure (and service, when
/// limited to services) sets the status the action leads to, with the history and the supplier's mail, in one
/// transaction. If the invoice changed since the agent saw it, or changes while this runs, nothing is written.
/// </summary>
public sealed class ProcessInvoice(AppDbContext db, AccessService access, InvoiceNotifier notifier, TimeProvider clock)
{
    public const string CommentField = "Comment";
    public const string MandateNumberField = "MandateNumber";

    public async Task<Outcome> HandleAsync(Guid userId, ProcessRequest request, CancellationToken cancellationToken)
    {
        var invoice = await db.Invoices.FindVisibleAsync(access, userId, Space.FacturesRecues, AccessMode.Modification, request.InvoiceId, cancellationToken);
        if (invoice is null)
        {
            return Outcome.Denied();
        }

        if (request.SeenVersion is { } seen && seen != invoice.Version)
        {
            return Outcome.Fail(InvoiceSaving.ChangedMeanwhile);
        }

        if (request.Comment?.Trim().Length > Invoice.CommentMaxLength)
        {
            return Outcome.Fail($"Le motif ou commentaire compte au plus {Invoice.CommentMaxLength:N0} caractères.", CommentField);
        }

        var name = await db.Users.Where(u => u.Id == userId).Select(u => u.FirstName + " " + u.LastName).SingleAsync(cancellationToken);
        var allowed = invoice.AllowedRecipientActions().Contains(request.Action);
        var eventsBefore = invoice.Events.Count;
        var done = invoice.Process(request.Action, new InvoiceActor(userId, name), request.Comment, request.MandateNumber, clock.GetUtcNow().UtcDateTime);
        if (!done.Succeeded)
        {
            db.ChangeTracker.Clear();
            return Outcome.Fail(done.Refusal!, allowed ? FieldOf(request.Action) : "");
        }

        await notifier.QueueAsync(invoice, eventsBefore, cancellationToken);
        return await db.TrySaveInvoiceAsync(cancellationToken) ? Outcome.Ok(invoice.Id) : Outcome.Fail(InvoiceSaving.ChangedMeanwhile);
    }

    /// <summary>Where a refusal of an allowed action belongs: the motif, or the numéro de mandat.</summary>
    private static string FieldOf(RecipientAction action) => action == RecipientAction.Mandater ? MandateNumberField : CommentField;
}
