using Microsoft.EntityFrameworkCore;
using OpenChorus.Web.Data;
using OpenChorus.Web.Features.Api.Accounts;
using OpenChorus.Web.Features.Api.Wire;
using OpenChorus.Web.Features.Invoices;
using OpenChorus.Web.Features.Structures;
using OpenChorus.Web.Features.Structures.Access;

namespace OpenChorus.Web.Features.Api.Factures.Write;

/// <summary>
/// The invoice an operation names, as Chorus Pro refuses it: unknown id → 400 / 20000; an invoice the technical
/// account may not act on in the space (another structure's, or no Modification right) → 403 / 20001. The invoice is
/// read without tracking, only to choose the answer: the use case reads it again and checks access itself.
/// </summary>
public sealed class InvoiceGuard(AppDbContext db, AccessService access, TimeProvider clock)
{
    public DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<(Invoice? Invoice, IResult? Refusal)> FindAsync(CproCaller caller, long? id, Space space, CancellationToken cancellationToken)
    {
        if (id is not (> 0 and <= int.MaxValue) || !await db.Invoices.AnyAsync(i => i.Id == (int)id, cancellationToken))
        {
            return (null, CproResults.NotFound(WriteLabels.NotFound(id)));
        }

        var invoice = await db.Invoices.AsNoTracking().FindVisibleAsync(access, caller.UserId, space, AccessMode.Modification, (int)id, cancellationToken);
        return invoice is null ? (null, CproResults.Forbidden(WriteLabels.Forbidden(id))) : (invoice, null);
    }

    /// <summary>The use case's refusal: denied → 403, otherwise 400 with its French message.</summary>
    public static IResult Failed(Outcome outcome, long id) =>
        outcome.IsDenied
            ? CproResults.Forbidden(WriteLabels.Forbidden(id))
            : CproResults.Invalid(StatusCodes.Status400BadRequest, outcome.Message);

    /// <summary>The invoice's number and status as saved by the use case.</summary>
    public Task<Invoice> ReloadAsync(int id, CancellationToken cancellationToken) =>
        db.Invoices.AsNoTracking().SingleAsync(i => i.Id == id, cancellationToken);
}
