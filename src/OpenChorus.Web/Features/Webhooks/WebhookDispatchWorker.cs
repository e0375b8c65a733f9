using Microsoft.Extensions.Options;

namespace OpenChorus.Web.Features.Webhooks;

/// <summary>Runs <see cref="WebhookDispatcher"/> every <c>Webhooks:DispatchIntervalMilliseconds</c>, on every node.</summary>
public sealed partial class WebhookDispatchWorker(
    IServiceScopeFactory scopes, IOptions<WebhooksOptions> options, TimeProvider clock, ILogger<WebhookDispatchWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var milliseconds = options.Value.DispatchIntervalMilliseconds;
        if (milliseconds <= 0)
        {
            return;
        }

        var interval = TimeSpan.FromMilliseconds(milliseconds);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(interval, clock, stoppingToken);
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<WebhookDispatcher>().DispatchDueAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // The database away or a bug in one pass must not stop the worker: the next pass retries.
                LogFailed(logger, exception);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Webhook dispatch pass failed; the next pass retries")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
