using Microsoft.EntityFrameworkCore;
using OpenChorus.Web.Data;

namespace OpenChorus.Web.Features.Structures.Spaces;

/// <summary>A user removes one of their own subscriptions.</summary>
public sealed class Unsubscribe(AppDbContext db)
{
    public async Task<Outcome> HandleAsync(Guid userId, int subscriptionId, CancellationToken cancellationToken)
    {
        var removed = await db.Subscriptions.Where(s => s.Id == subscriptionId && s.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        return removed == 0 ? Outcome.Denied() : Outcome.Ok();
    }
}
