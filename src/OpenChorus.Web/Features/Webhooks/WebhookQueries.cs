using Microsoft.EntityFrameworkCore;
using OpenChorus.Web.Data;

namespace OpenChorus.Web.Features.Webhooks;

public sealed record EndpointRow(int Id, string Url, IReadOnlyList<string> Events, bool Active, DateTime CreatedAtUtc, DeliveryRow? LastDelivery);

public sealed record DeliveryRow(
    long Id, int EndpointId, string Url, Guid EventId, string EventType, DateTime CreatedAtUtc, int Attempts, DeliveryState State,
    int? LastStatusCode, string? LastError, DateTime? NextAttemptAtUtc, DateTime? DeliveredAtUtc);

/// <summary>What the page and the API show of a structure's webhooks: never the secret.</summary>
public sealed class WebhookQueries(AppDbContext db)
{
    public const int RecentDeliveries = 50;

    public async Task<IReadOnlyList<EndpointRow>> EndpointsAsync(int structureId, CancellationToken cancellationToken)
    {
        var endpoints = await db.Set<WebhookEndpoint>().AsNoTracking().Where(e => e.StructureId == structureId)
            .OrderBy(e => e.Id).ToListAsync(cancellationToken);
        var rows = new List<EndpointRow>();
        foreach (var e in endpoints)
        {
            // The last delivery that was tried, or the last queued one when none was tried yet.
            var last = await Rows(db.Set<WebhookDelivery>().Where(d => d.EndpointId == e.Id)
                .OrderByDescending(d => d.Attempts > 0).ThenByDescending(d => d.Id)).FirstOrDefaultAsync(cancellationToken);
            rows.Add(new EndpointRow(e.Id, e.Url, e.Events, e.Active, e.CreatedAtUtc, last));
        }

        return rows;
    }

    /// <summary>The structure's most recent deliveries, of one endpoint or of all; null when the endpoint is not the structure's.</summary>
    public async Task<IReadOnlyList<DeliveryRow>?> DeliveriesAsync(int structureId, int? endpointId, CancellationToken cancellationToken)
    {
        if (endpointId is { } id && !await db.Set<WebhookEndpoint>().AnyAsync(e => e.Id == id && e.StructureId == structureId, cancellationToken))
        {
            return null;
        }

        var deliveries = db.Set<WebhookDelivery>().Where(d => d.Endpoint!.StructureId == structureId);
        if (endpointId is not null)
        {
            deliveries = deliveries.Where(d => d.EndpointId == endpointId);
        }

        return await Rows(deliveries.OrderByDescending(d => d.Id)).Take(RecentDeliveries).ToListAsync(cancellationToken);
    }

    private static IQueryable<DeliveryRow> Rows(IQueryable<WebhookDelivery> deliveries) =>
        deliveries.Select(d => new DeliveryRow(d.Id, d.EndpointId, d.Endpoint!.Url, d.EventId, d.EventType, d.CreatedAtUtc, d.Attempts, d.State,
            d.LastStatusCode, d.LastError, d.NextAttemptAtUtc, d.DeliveredAtUtc));
}
