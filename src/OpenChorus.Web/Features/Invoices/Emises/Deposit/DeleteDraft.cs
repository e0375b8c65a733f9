using OpenChorus.Web.Data;
using OpenChorus.Web.Features.Structures;
using OpenChorus.Web.Features.Structures.Access;

namespace OpenChorus.Web.Features.Invoices.Emises.Deposit;

/// <summary>Supprime un brouillon: only a draft (the portal's, or a PDF deposited through the API, « Interprétée OCR »), only by a user with Factures émises in Modification on its structure.</summary>
public sealed class DeleteDraft(AppDbContext db, AccessService access)
{
    public async Task<Outcome> HandleAsync(Guid userId, int draftId, CancellationToken cancellationToken)
    {
        var draft = await db.Invoices.FindVisibleAsync(access, userId, Space.FacturesEmises, AccessMode.Modification, draftId, cancellationToken);
        if (draft is null || !draft.Status.IsDraft())
        {
            return Outcome.Denied();
        }

        db.Invoices.Remove(draft);
        return await db.TrySaveInvoiceAsync(cancellationToken) ? Outcome.Ok(draftId) : Outcome.Fail(InvoiceSaving.ChangedMeanwhile);
    }
}
