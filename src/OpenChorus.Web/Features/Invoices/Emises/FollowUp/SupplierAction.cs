using Microsoft.EntityFrameworkCore;
using OpenChorus.Web.Data;
using OpenChorus.Web.Features.Structures;
using OpenChorus.Web.Features.Structures.Access;

namespace OpenChorus.Web.Features.Invoices.Emises.FollowUp;

/// <summary>What the supplier's follow-up actions share: the invoice found through the supplier's Modification scope
/// (another structure's invoice, or a user in Consultation, is denied), the transition, the mails and the save.</summary>
public sealed class SupplierAction(AppDbContext db, AccessService access, InvoiceNotifier notifier, SupplierActors actors, TimeProvider clock)
{
    public Task<Invoice?> FindAsync(Guid userId, int invoiceId, CancellationToken cancellationToken) =>
        db.Invoices.Include(i => i.Events).Include(i => i.Files)
            .FindVisibleAsync(access, userId, Space.FacturesEmises, AccessMode.Modification, invoiceId, cancellationToken);

    public DateTime Now => clock.GetUtcNow().UtcDateTime;

    public Task<InvoiceActor> ActorAsync(Guid userId, CancellationToken cancellationToken) => actors.OfAsync(userId, cancellationToken);

    /// <summary>Applies the transition; on success queues the mails and saves, all or nothing.</summary>
    public async Task<Outcome> CommitAsync(Invoice invoice, Func<Transition> transition, CancellationToken cancellationToken)
    {
        var eventsBefore = invoice.Events.Count;
        var done = transition();
        if (!done.Succeeded)
        {
            db.ChangeTracker.Clear();
            return Outcome.Fail(done.Refusal!);
        }

        await notifier.QueueAsync(invoice, eventsBefore, cancellationToken);
        return await db.TrySaveInvoiceAsync(cancellationToken) ? Outcome.Ok(invoice.Id) : Outcome.Fail(InvoiceSaving.ChangedMeanwhile);
    }
}
