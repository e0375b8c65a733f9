using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using OpenChorus.Web.Data;

namespace OpenChorus.Web.Features.Webhooks;

/// <summary>
/// Queues webhook deliveries in the caller's unit of work: nothing leaves before the caller's SaveChanges commits the
/// change they report, and nothing is lost when it does (<see cref="WebhookDispatcher"/> sends them afterwards).
/// </summary>
public static class WebhookOutbox
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    /// <summary>
    /// One delivery, under one event id, for each active endpoint of <paramref name="structureId"/> subscribed to
    /// <paramref name="eventType"/>. Answers the event id, or null when no endpoint wants it.
    /// </summary>
    public static Guid? Enqueue(AppDbContext db, int structureId, string eventType, object payload) =>
        Add(db, Subscribed(db, structureId, eventType).ToList(), eventType, payload);

    /// <inheritdoc cref="Enqueue"/>
    public static async Task<Guid?> EnqueueAsync(AppDbContext db, int structureId, string eventType, object payload, CancellationToken cancellationToken) =>
        Add(db, await Subscribed(db, structureId, eventType).ToListAsync(cancellationToken), eventType, payload);

    /// <summary>
    /// The final compte rendu of a flux (IN_INTEGRE, IN_INTEGRE_PARTIEL or IN_REJETE) for its depositing structure:
    /// the one call of the flux pipeline, in the save of the flux's final transition.
    /// </summary>
    public static Task<Guid?> EnqueueFluxAsync(
        AppDbContext db, int structureId, string numeroFluxDepot, string etatCourantFlux, object? details, CancellationToken cancellationToken) =>
        EnqueueAsync(db, structureId, WebhookEvents.OfFluxState(etatCourantFlux), new { numeroFluxDepot, etatCourantFlux, details }, cancellationToken);

    /// <summary><see cref="EnqueueFluxAsync"/> with the endpoints already read by <see cref="SubscribedAsync"/> (a flux
    /// processor finishing many flux of one structure reads them once).</summary>
    internal static Guid? EnqueueFlux(AppDbContext db, IReadOnlyList<WebhookEndpoint> endpoints, string numeroFluxDepot, string etatCourantFlux, object? details) =>
        Add(db, endpoints, WebhookEvents.OfFluxState(etatCourantFlux), new { numeroFluxDepot, etatCourantFlux, details });

    /// <summary>The active endpoints of the structure subscribed to the type, read without tracking.</summary>
    internal static async Task<IReadOnlyList<WebhookEndpoint>> SubscribedAsync(AppDbContext db, int structureId, string eventType, CancellationToken cancellationToken) =>
        await Subscribed(db, structureId, eventType).AsNoTracking().ToListAsync(cancellationToken);

    /// <summary>One delivery to one endpoint ("Envoyer un évènement de test").</summary>
    public static Guid EnqueueTo(AppDbContext db, WebhookEndpoint endpoint, string eventType, object payload) =>
        Add(db, [endpoint], eventType, payload)!.Value;

    /// <summary>The active endpoints of the structure whose comma-separated list holds the type.</summary>
    private static IQueryable<WebhookEndpoint> Subscribed(AppDbContext db, int structureId, string eventType) =>
        db.Set<WebhookEndpoint>().Where(e => e.StructureId == structureId && e.Active && ("," + e.EventTypes + ",").Contains("," + eventType + ","));

    internal static Guid? Add(AppDbContext db, IReadOnlyList<WebhookEndpoint> endpoints, string eventType, object payload)
    {
        if (endpoints.Count == 0)
        {
            return null;
        }

        var now = ClockOf(db).GetUtcNow().UtcDateTime;
        var eventId = Guid.CreateVersion7();
        var body = JsonSerializer.Serialize(new { id = eventId, type = eventType, createdAt = now, data = payload }, Json);
        foreach (var endpoint in endpoints)
        {
            db.Add(new WebhookDelivery
            {
                EndpointId = endpoint.Id,
                EventId = eventId,
                EventType = eventType,
                Payload = body,
                CreatedAtUtc = now,
                NextAttemptAtUtc = now,
                State = DeliveryState.Pending,
            });
        }

        return eventId;
    }

    /// <summary>The application's clock (a test's fake one included), reached through the context that was handed to us.</summary>
    private static TimeProvider ClockOf(AppDbContext db) =>
        db.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()?.ApplicationServiceProvider?.GetService<TimeProvider>()
        ?? TimeProvider.System;
}
