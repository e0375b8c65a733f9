using Microsoft.EntityFrameworkCore;
using OpenChorus.Web.Data;

namespace OpenChorus.Web.Features.Invoices;

public static class InvoiceSaving
{
    public const string ChangedMeanwhile =
        "Cette facture vient d'être modifiée par ailleurs : rien n'a été enregistré. Consultez son nouveau statut et recommencez.";

    /// <summary>
    /// Saves an invoice's change with its history and mails in one transaction. False when another user changed the
    /// invoice meanwhile (its version moved on) or a unique index refused it: nothing is written, and the change
    /// tracker is cleared.
    /// </summary>
    public static async Task<bool> TrySaveInvoiceAsync(this AppDbContext db, CancellationToken cancellationToken)
    {
        try
        {
            return await db.TrySaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return false;
        }
    }
}
