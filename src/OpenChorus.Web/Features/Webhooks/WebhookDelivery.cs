using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OpenChorus.Web.Features.Webhooks;

public enum DeliveryState
{
    /// <summary>Waiting for its (next) attempt.</summary>
    Pending,

    /// <summary>The endpoint answered 2xx.</summary>
    Delivered,

    /// <summary>Every attempt failed; a manager may replay it.</summary>
    Failed,
}

/// <summary>
/// One event for one endpoint, written in the same unit of work as the change it reports (outbox), then posted by
/// <see cref="WebhookDispatcher"/> with retries. <see cref="Payload"/> is the exact body sent, every attempt alike.
/// </summary>
public sealed class WebhookDelivery
{
    public const int ErrorMaxLength = 1000;

    public long Id { get; init; }

    public int EndpointId { get; init; }

    public WebhookEndpoint? Endpoint { get; init; }

    /// <summary>Shared by the deliveries of one event to several endpoints; receivers deduplicate on it.</summary>
    public Guid EventId { get; init; }

    public required string EventType { get; init; }

    public required string Payload { get; init; }

    public DateTime CreatedAtUtc { get; init; }

    public int Attempts { get; set; }

    /// <summary>Due time while pending; while a node is sending, the end of its lease. Empty once delivered or failed.</summary>
    public DateTime? NextAttemptAtUtc { get; set; }

    public DeliveryState State { get; set; }

    public int? LastStatusCode { get; set; }

    public string? LastError { get; set; }

    public DateTime? DeliveredAtUtc { get; set; }

    /// <summary>"Rejouer": back in the queue with a fresh series of attempts.</summary>
    public void Replay(DateTime now)
    {
        State = DeliveryState.Pending;
        Attempts = 0;
        NextAttemptAtUtc = now;
        DeliveredAtUtc = null;
    }
}

internal sealed class WebhookDeliveryConfiguration : IEntityTypeConfiguration<WebhookDelivery>
{
    public void Configure(EntityTypeBuilder<WebhookDelivery> builder)
    {
        builder.ToTable("WebhookDeliveries");
        builder.Property(d => d.EventType).HasMaxLength(50);
        builder.Property(d => d.State).HasConversion<string>().HasMaxLength(16);
        builder.Property(d => d.LastError).HasMaxLength(WebhookDelivery.ErrorMaxLength);
        builder.HasIndex(d => new { d.State, d.NextAttemptAtUtc });
        builder.HasIndex(d => new { d.EndpointId, d.CreatedAtUtc });
        builder.HasOne(d => d.Endpoint).WithMany().HasForeignKey(d => d.EndpointId).OnDelete(DeleteBehavior.Cascade);
    }
}

public static class DeliveryStates
{
    public static string Label(this DeliveryState state) => state switch
    {
        DeliveryState.Pending => "En attente",
        DeliveryState.Delivered => "Livré",
        DeliveryState.Failed => "En échec",
    };

    /// <summary>The DSFR badge of the state.</summary>
    public static string Badge(this DeliveryState state) => state switch
    {
        DeliveryState.Pending => "fr-badge--info",
        DeliveryState.Delivered => "fr-badge--success",
        DeliveryState.Failed => "fr-badge--error",
    };
}
