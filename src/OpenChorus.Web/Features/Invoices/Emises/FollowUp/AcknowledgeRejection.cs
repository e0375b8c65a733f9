using OpenChorus.Web.Features.Structures;

namespace OpenChorus.Web.Features.Invoices.Emises.FollowUp;

/// <summary>"Traiter le rejet": the supplier acknowledges a rejected invoice, which stays rejected and leaves the
/// Synthèse; a new invoice with a new number is needed.</summary>
public sealed class AcknowledgeRejection(SupplierAction action)
{
    public async Task<Outcome> HandleAsync(Guid userId, int invoiceId, CancellationToken cancellationToken)
    {
        var invoice = await action.FindAsync(userId, invoiceId, cancellationToken);
        if (invoice is null)
        {
            return Outcome.Denied();
        }

        var actor = await action.ActorAsync(userId, cancellationToken);
        return await action.CommitAsync(invoice, () => invoice.AcknowledgeRejection(actor, action.Now), cancellationToken);
    }
}
