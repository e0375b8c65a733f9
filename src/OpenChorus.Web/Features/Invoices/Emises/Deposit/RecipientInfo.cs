using Microsoft.EntityFrameworkCore;
using OpenChorus.Web.Data;
using OpenChorus.Web.Features.Structures;

namespace OpenChorus.Web.Features.Invoices.Emises.Deposit;

/// <summary>What the deposit form tells once a recipient's SIRET is typed: its name and what it requires (public
/// directory data; the server checks everything again on submit).</summary>
public sealed record RecipientInfo(bool Found, string? Name, bool ServiceRequired, bool EngagementRequired, bool ServiceOrEngagementRequired, IReadOnlyList<string> ServicesRequiringEngagement)
{
    public static async Task<RecipientInfo> FindAsync(AppDbContext db, string? siret, CancellationToken cancellationToken)
    {
        var compact = InvoiceRouting.Compact(siret);
        var recipient = compact is null
            ? null
            : await db.Structures.AsNoTracking().Include(s => s.Services)
                .SingleOrDefaultAsync(s => s.IdentifierType == IdentifierType.Siret && s.Identifier == compact && s.IsPublic && s.IsActive, cancellationToken);
        return recipient is null
            ? new RecipientInfo(false, null, false, false, false, [])
            : new RecipientInfo(
                true,
                recipient.CompanyName,
                recipient.Parameters.ServiceCodeRequired,
                recipient.Parameters.EngagementRequired,
                recipient.Parameters.ServiceOrEngagementRequired,
                recipient.Services.Where(s => s.IsActive && s.EngagementRequired).Select(s => s.Code).Order(StringComparer.Ordinal).ToList());
    }
}
