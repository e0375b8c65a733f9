using Microsoft.EntityFrameworkCore;
using OpenChorus.Web.Data;
using OpenChorus.Web.Features.Structures;

namespace OpenChorus.Web.Features.Invoices.Emises.FollowUp;

/// <summary>"Recycler" an invoice "À recycler": new recipient SIRET, service and engagement, checked with the
/// recipient's rules; same number; routed again at once.</summary>
public sealed class RecycleInvoice(AppDbContext db, SupplierAction action, InvoiceRouting routing)
{
    public async Task<Outcome> HandleAsync(Guid userId, int invoiceId, string? recipientSiret, string? serviceCode, string? engagement, CancellationToken cancellationToken)
    {
        var invoice = await action.FindAsync(userId, invoiceId, cancellationToken);
        if (invoice is null)
        {
            return Outcome.Denied();
        }

        if (invoice.Status != InvoiceStatus.ARecycler)
        {
            return Outcome.Fail($"Une facture au statut « {invoice.Status.Label()} » ne peut pas être recyclée.");
        }

        var validatorSiret = invoice.ValidatorStructureId is { } validatorId
            ? await db.Structures.Where(s => s.Id == validatorId).Select(s => s.Identifier).SingleOrDefaultAsync(cancellationToken)
            : null;
        var route = await routing.CheckAsync(new RoutingInput(invoice.Frame, recipientSiret, serviceCode, engagement, validatorSiret), invoice.SupplierStructureId, cancellationToken);
        if (!route.Succeeded)
        {
            return Outcome.Fail(route.Errors);
        }

        var actor = await action.ActorAsync(userId, cancellationToken);
        var number = engagement?.Trim() is { Length: > 0 } e ? e : null;
        return await action.CommitAsync(invoice, () => invoice.Recycle(actor, route.Recipient!.Id, route.Service?.Id, number, action.Now), cancellationToken);
    }
}
