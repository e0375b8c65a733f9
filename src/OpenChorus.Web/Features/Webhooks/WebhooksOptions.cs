using System.ComponentModel.DataAnnotations;

namespace OpenChorus.Web.Features.Webhooks;

/// <summary>Section "Webhooks".</summary>
public sealed class WebhooksOptions
{
    public const string Section = "Webhooks";

    /// <summary>How often each node looks for due deliveries; 0 switches the dispatcher off on the node (tests call
    /// <see cref="WebhookDispatcher.DispatchDueAsync"/> themselves).</summary>
    [Range(0, 3_600_000)]
    public int DispatchIntervalMilliseconds { get; set; } = 2000;

    /// <summary>Accepts http:// on 127.0.0.1, ::1 and localhost, for tests and development. Never in production:
    /// otherwise every loopback or private address is refused.</summary>
    public bool AllowHttpLocalhost { get; set; }

    /// <summary>How long a node owns the deliveries it claimed; a crashed node's deliveries are due again after it.</summary>
    [Range(30, 3600)]
    public int LeaseSeconds { get; set; } = 120;

    [Range(1, 500)]
    public int BatchSize { get; set; } = 50;
}
