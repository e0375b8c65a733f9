using Microsoft.Extensions.Options;

namespace OpenChorus.Web.Features.Invoices.AValider;

/// <summary>Settings of the tacit validation worker (section "Invoices").</summary>
public sealed class TacitValidationOptions
{
    public const string Section = "Invoices";

    /// <summary>Seconds between two passes (<c>Invoices:TacitValidationIntervalSeconds</c>), at most a day; 0 switches the
    /// worker off on this node (another node runs it).</summary>
    public int TacitValidationIntervalSeconds { get; set; } = 60;
}

/// <summary>Runs <see cref="TacitValidation"/> periodically, on every node (the passes are safe to run together).</summary>
public sealed partial class TacitValidationWorker(
    IServiceScopeFactory scopes, IOptions<TacitValidationOptions> options, TimeProvider clock, ILogger<TacitValidationWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var seconds = options.Value.TacitValidationIntervalSeconds;
        if (seconds <= 0)
        {
            return;
        }

        var interval = TimeSpan.FromSeconds(Math.Min(seconds, 86_400));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(interval, clock, stoppingToken);
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<TacitValidation>().RunOnceAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // A failed pass (database away) must not stop the worker: the next pass retries.
                LogFailed(logger, exception);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Tacit validation pass failed; the next pass retries")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
