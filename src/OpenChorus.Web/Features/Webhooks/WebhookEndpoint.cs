using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenChorus.Web.Features.Structures;

namespace OpenChorus.Web.Features.Webhooks;

/// <summary>
/// An HTTPS address a structure registered to receive its events (webhook). The secret signs every delivery, so it
/// is kept protected with ASP.NET Core Data Protection (never in clear) and shown once, when the endpoint is created.
/// </summary>
public sealed class WebhookEndpoint
{
    public const int UrlMaxLength = 500;

    /// <summary>At most this many endpoints per structure.</summary>
    public const int MaxPerStructure = 10;

    public int Id { get; init; }

    public int StructureId { get; init; }

    public required string Url { get; init; }

    /// <summary>The signing secret, protected by <see cref="WebhookSecrets"/>.</summary>
    public required string ProtectedSecret { get; init; }

    /// <summary>Subscribed event types, comma-separated (<see cref="WebhookEvents"/>).</summary>
    public required string EventTypes { get; set; }

    public bool Active { get; set; } = true;

    public DateTime CreatedAtUtc { get; init; }

    /// <summary>The user (or technical account) who registered it.</summary>
    public Guid CreatedByUserId { get; init; }

    public IReadOnlyList<string> Events => EventTypes.Split(',', StringSplitOptions.RemoveEmptyEntries);
}

internal sealed class WebhookEndpointConfiguration : IEntityTypeConfiguration<WebhookEndpoint>
{
    public void Configure(EntityTypeBuilder<WebhookEndpoint> builder)
    {
        builder.ToTable("WebhookEndpoints");
        builder.Property(e => e.Url).HasMaxLength(WebhookEndpoint.UrlMaxLength);
        builder.Property(e => e.ProtectedSecret).HasMaxLength(1000);
        builder.Property(e => e.EventTypes).HasMaxLength(300);
        builder.Ignore(e => e.Events);
        builder.HasIndex(e => new { e.StructureId, e.Active });
        builder.HasOne<Structure>().WithMany().HasForeignKey(e => e.StructureId).OnDelete(DeleteBehavior.Cascade);
    }
}
