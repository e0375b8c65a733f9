using Microsoft.Extensions.Options;
using OpenChorus.Web.Data;

namespace OpenChorus.Web.Features.Flux;

/// <summary>
/// Integrates the deposited flux, on every node: claims a batch (<see cref="FluxClaims"/>), integrates several at
/// once, each in its own unit of work (<see cref="FluxIntegration"/>), and starts again as long as batches come full,
/// then waits <see cref="FluxOptions.IntervalMilliseconds"/> (what arrives meanwhile is integrated together). A flux whose node dies keeps its lease until
/// <see cref="FluxOptions.LeaseSeconds"/> have passed; then any processor takes it over.
/// </summary>
public sealed partial class FluxProcessor(
    IServiceScopeFactory scopes, IOptions<FluxOptions> options, TimeProvider clock, ILogger<FluxProcessor> logger) : BackgroundService
{
    public string Node { get; } = options.Value.Node is { Length: > 0 } node
        ? node
        : $"{Environment.MachineName}-{Environment.ProcessId}-{Guid.NewGuid().ToString("N")[..8]}";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var milliseconds = options.Value.IntervalMilliseconds;
        if (milliseconds <= 0)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                // Whatever was found, what arrives next waits for the next pass: at a steady rate of single-invoice flux,
                // a pass then integrates a batch of them, not one flux per claim.
                await ProcessPendingAsync(stoppingToken);
                await Task.Delay(TimeSpan.FromMilliseconds(Math.Min(milliseconds, 60_000)), clock, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // The database away: wait and retry; the leases bring back what was claimed.
                LogFailed(logger, exception);
                await Task.Delay(TimeSpan.FromMilliseconds(Math.Min(milliseconds, 60_000)), clock, stoppingToken);
            }
        }
    }

    /// <summary>Integrates every flux pending now (or whose lease ran out), batch after batch until a claim finds less than
    /// a full batch (the rest, if any, is being claimed by another node); answers how many this processor finished.</summary>
    public async Task<int> ProcessPendingAsync(CancellationToken cancellationToken = default)
    {
        var finished = 0;
        var batchSize = Math.Max(1, options.Value.BatchSize);
        while (true)
        {
            var claimed = await ClaimAsync(cancellationToken);
            if (claimed.Count == 0)
            {
                return finished;
            }

            // Several workers, each integrating its share of the batch one flux after the other in one scope.
            var workers = Math.Clamp(options.Value.Parallelism, 1, claimed.Count);
            var shares = claimed.Select((id, index) => (id, index)).GroupBy(x => x.index % workers, x => x.id);
            var done = await Task.WhenAll(shares.Select(share => RunShareAsync(share.ToList(), cancellationToken)));
            finished += done.Sum();
            if (claimed.Count < batchSize)
            {
                return finished;
            }
        }
    }

    /// <summary>Takes a batch of pending flux under this processor's lease, without integrating them (what a node does
    /// just before it dies; the tests use it to simulate that).</summary>
    public async Task<IReadOnlyList<long>> ClaimAsync(CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var settings = options.Value;
        return await FluxClaims.ClaimAsync(db, Node, Math.Max(1, settings.BatchSize), TimeSpan.FromSeconds(Math.Max(1, settings.LeaseSeconds)),
            clock.GetUtcNow().UtcDateTime, cancellationToken);
    }

    private async Task<int> RunShareAsync(IReadOnlyList<long> ids, CancellationToken cancellationToken)
    {
        await Task.Yield();
        var finished = 0;
        await using var scope = scopes.CreateAsyncScope();
        var integration = scope.ServiceProvider.GetRequiredService<FluxIntegration>();
        foreach (var group in ids.Chunk(Math.Max(1, options.Value.SaveTogether)))
        {
            try
            {
                finished += await integration.RunGroupAsync(group, Node, cancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // Left claimed: once the lease ends they are taken again (and rejected after Flux:MaxAttempts claims).
                LogFluxFailed(logger, group[0], exception);
            }
        }

        return finished;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Flux processing pass failed; the next pass retries")]
    private static partial void LogFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Flux from {FluxId} failed; they are taken again when their lease ends")]
    private static partial void LogFluxFailed(ILogger logger, long fluxId, Exception exception);
}
