namespace OpenChorus.Web.Features.Flux;

/// <summary>Settings of the flux processors (section "Flux").</summary>
public sealed class FluxOptions
{
    public const string Section = "Flux";

    /// <summary>Milliseconds a processor waits between passes, once it has found less than a full batch
    /// (<c>Flux:IntervalMilliseconds</c>): the longest a deposited flux waits to be taken up; 0 switches
    /// the background processor off on this node (tests drive <see cref="FluxProcessor.ProcessPendingAsync"/> by hand).</summary>
    public int IntervalMilliseconds { get; set; } = 500;

    /// <summary>How many flux a processor claims at once.</summary>
    public int BatchSize { get; set; } = 32;

    /// <summary>How many flux a processor integrates at the same time (each in its own unit of work).</summary>
    public int Parallelism { get; set; } = 4;

    /// <summary>How many flux a worker saves in one transaction (each with its invoices and final state); a refused
    /// save falls back to one flux per transaction.</summary>
    public int SaveTogether { get; set; } = 8;

    /// <summary>How long a claim holds: past it, another node takes the flux over.</summary>
    public int LeaseSeconds { get; set; } = 300;

    /// <summary>Claims after which a flux that never finishes (it crashes its processor) is rejected.</summary>
    public int MaxAttempts { get; set; } = 5;

    /// <summary>Whether the flux renders the readable PDF of each structured invoice, as the portal does. Off by default:
    /// rendering costs more than the rest of the integration (bench/OpenChorus.Flux.Benchmarks), and the original XML
    /// (or the Factur-X PDF) stays the invoice.</summary>
    public bool RenderPdf { get; set; }

    /// <summary>This node's name in the leases; a unique one per processor when empty.</summary>
    public string? Node { get; set; }
}
