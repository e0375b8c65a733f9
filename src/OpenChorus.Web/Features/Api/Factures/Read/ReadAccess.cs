using Microsoft.EntityFrameworkCore;
using OpenChorus.Web.Data;
using OpenChorus.Web.Features.Api.Accounts;
using OpenChorus.Web.Features.Api.Wire;
using OpenChorus.Web.Features.Invoices;
using OpenChorus.Web.Features.Structures;
using OpenChorus.Web.Features.Structures.Access;

namespace OpenChorus.Web.Features.Api.Factures.Read;

/// <summary>
/// What a technical account may read, space by space, through <see cref="AccessService.InvoiceScopeAsync"/> and
/// <see cref="InvoiceVisibility"/>: ids in the request only ever narrow what the scope shows. An invoice that exists
/// but is not visible is a 403, an unknown one a 400 (codeRetour 20000).
/// </summary>
public sealed class ReadAccess(AppDbContext db, AccessService access)
{
    public Task<InvoiceScope> ScopeAsync(CproCaller caller, Space space, CancellationToken cancellationToken) =>
        access.InvoiceScopeAsync(caller.UserId, space, AccessMode.Consultation, cancellationToken);

    /// <summary>The invoice visible in the space, or the answer refusing it.</summary>
    public async Task<(Invoice? Invoice, IResult? Refusal)> FindAsync(CproCaller caller, Space space, long? id, CancellationToken cancellationToken)
    {
        if (id is not (> 0 and <= int.MaxValue))
        {
            return (null, Unknown(id));
        }

        var invoiceId = (int)id.Value;
        var invoice = await db.Invoices.AsNoTracking()
            .FindVisibleAsync(access, caller.UserId, space, AccessMode.Consultation, invoiceId, cancellationToken);
        if (invoice is not null)
        {
            return (invoice, null);
        }

        return (null, await db.Invoices.AnyAsync(i => i.Id == invoiceId, cancellationToken) ? Forbidden(invoiceId) : Unknown(id));
    }

    public static IResult Unknown(long? id) =>
        CproResults.NotFound($"GDP_MSG_11.008 La facture {id?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "(identifiant absent)"} n'existe pas.");

    public static IResult Forbidden(int id) =>
        CproResults.Forbidden($"GDP_MSG_11.005 Le compte technique n'a pas accès à la facture {id.ToString(System.Globalization.CultureInfo.InvariantCulture)} dans cet espace.");
}
