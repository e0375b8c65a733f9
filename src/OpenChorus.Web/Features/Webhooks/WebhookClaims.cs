using Microsoft.EntityFrameworkCore;
using OpenChorus.Web.Data;

namespace OpenChorus.Web.Features.Webhooks;

/// <summary>
/// Takes a batch of due deliveries for this node by moving their next attempt to the end of a lease: another node no
/// longer sees them as due, and if this one dies they are due again when the lease ends (sent at least once; the
/// event id lets receivers drop a repeat).
/// </summary>
public static class WebhookClaims
{
    public static Task<List<long>> ClaimAsync(AppDbContext db, DateTime now, DateTime leaseEnd, int batchSize, CancellationToken cancellationToken) =>
        db.Database.IsNpgsql() ? ClaimLockedAsync(db, now, leaseEnd, batchSize, cancellationToken) : ClaimOneByOneAsync(db, now, leaseEnd, batchSize, cancellationToken);

    /// <summary>PostgreSQL: rows another node is claiming at this very moment are skipped, not waited for.</summary>
    private static Task<List<long>> ClaimLockedAsync(AppDbContext db, DateTime now, DateTime leaseEnd, int batchSize, CancellationToken cancellationToken) =>
        db.Database.SqlQuery<long>($"""
            UPDATE "WebhookDeliveries" SET "NextAttemptAtUtc" = {leaseEnd}
            WHERE "Id" IN (
                SELECT d."Id" FROM "WebhookDeliveries" d JOIN "WebhookEndpoints" e ON e."Id" = d."EndpointId"
                WHERE d."State" = 'Pending' AND d."NextAttemptAtUtc" <= {now} AND e."Active"
                ORDER BY d."NextAttemptAtUtc" LIMIT {batchSize}
                FOR UPDATE OF d SKIP LOCKED)
            RETURNING "Id" AS "Value"
            """).ToListAsync(cancellationToken);

    /// <summary>SQLite (one writer at a time): each candidate is taken by a conditional update that only one node wins.</summary>
    private static async Task<List<long>> ClaimOneByOneAsync(AppDbContext db, DateTime now, DateTime leaseEnd, int batchSize, CancellationToken cancellationToken)
    {
        var deliveries = db.Set<WebhookDelivery>();
        var candidates = await deliveries
            .Where(d => d.State == DeliveryState.Pending && d.NextAttemptAtUtc <= now && d.Endpoint!.Active)
            .OrderBy(d => d.NextAttemptAtUtc).Select(d => d.Id).Take(batchSize).ToListAsync(cancellationToken);
        var claimed = new List<long>();
        foreach (var id in candidates)
        {
            var won = await deliveries.Where(d => d.Id == id && d.State == DeliveryState.Pending && d.NextAttemptAtUtc <= now)
                .ExecuteUpdateAsync(s => s.SetProperty(d => d.NextAttemptAtUtc, leaseEnd), cancellationToken);
            if (won == 1)
            {
                claimed.Add(id);
            }
        }

        return claimed;
    }
}
