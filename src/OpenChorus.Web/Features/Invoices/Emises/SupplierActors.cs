using Microsoft.EntityFrameworkCore;
using OpenChorus.Web.Data;

namespace OpenChorus.Web.Features.Invoices.Emises;

/// <summary>The supplier's user as the invoice history names them.</summary>
public sealed class SupplierActors(AppDbContext db)
{
    public async Task<InvoiceActor> OfAsync(Guid userId, CancellationToken cancellationToken)
    {
        var name = await db.Users.Where(u => u.Id == userId).Select(u => u.FirstName + " " + u.LastName).SingleOrDefaultAsync(cancellationToken);
        return new InvoiceActor(userId, name ?? "Utilisateur");
    }
}
