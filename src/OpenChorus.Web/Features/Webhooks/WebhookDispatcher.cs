using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpenChorus.Web.Data;

namespace OpenChorus.Web.Features.Webhooks;

/// <summary>
/// Posts the due deliveries, signed, and records each answer: 2xx delivers; anything else is tried again after a
/// growing delay (<see cref="Backoff"/>), then the delivery fails and waits for a manager's "Rejouer". Runs on every
/// node: each batch is claimed first (<see cref="WebhookClaims"/>), so no delivery is sent by two nodes at once.
/// </summary>
public sealed partial class WebhookDispatcher(
    AppDbContext db, IHttpClientFactory http, WebhookSecrets secrets, IOptions<WebhooksOptions> options, TimeProvider clock, ILogger<WebhookDispatcher> logger)
{
    public const string HttpClientName = "webhooks";

    /// <summary>The waits after the first, second… failed attempt; after the last one the delivery is failed.</summary>
    public static readonly IReadOnlyList<TimeSpan> Backoff =
    [
        TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(30), TimeSpan.FromHours(2),
        TimeSpan.FromHours(6), TimeSpan.FromHours(12), TimeSpan.FromHours(24),
    ];

    public static int MaxAttempts => Backoff.Count + 1;

    /// <summary>Sends every delivery due now, batch after batch; answers how many attempts were made.</summary>
    public async Task<int> DispatchDueAsync(CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        var attempts = 0;
        while (true)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            var claimed = await WebhookClaims.ClaimAsync(db, now, now.AddSeconds(settings.LeaseSeconds), settings.BatchSize, cancellationToken);
            if (claimed.Count == 0)
            {
                return attempts;
            }

            var deliveries = await db.Set<WebhookDelivery>().AsNoTracking().Include(d => d.Endpoint)
                .Where(d => claimed.Contains(d.Id)).ToListAsync(cancellationToken);
            var answers = await Task.WhenAll(deliveries.Select(d => SendAsync(d, cancellationToken)));
            foreach (var (delivery, answer) in deliveries.Zip(answers))
            {
                await RecordAsync(delivery, answer, cancellationToken);
            }

            attempts += deliveries.Count;
        }
    }

    private async Task<Answer> SendAsync(WebhookDelivery delivery, CancellationToken cancellationToken)
    {
        var endpoint = delivery.Endpoint!;
        try
        {
            var timestamp = clock.GetUtcNow().ToUnixTimeSeconds();
            using var request = new HttpRequestMessage(HttpMethod.Post, endpoint.Url)
            {
                Content = new StringContent(delivery.Payload, Encoding.UTF8, new MediaTypeHeaderValue("application/json")),
            };
            request.Headers.Add(WebhookSignature.EventIdHeader, delivery.EventId.ToString());
            request.Headers.Add(WebhookSignature.EventTypeHeader, delivery.EventType);
            request.Headers.Add(WebhookSignature.TimestampHeader, timestamp.ToString(CultureInfo.InvariantCulture));
            request.Headers.Add(WebhookSignature.SignatureHeader, WebhookSignature.Sign(secrets.Unprotect(endpoint.ProtectedSecret), timestamp, delivery.Payload));
            using var response = await http.CreateClient(HttpClientName).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            var status = (int)response.StatusCode;
            return response.IsSuccessStatusCode
                ? new Answer(status, null)
                : new Answer(status, status is >= 300 and < 400
                    ? $"Réponse HTTP {status} : les redirections ne sont pas suivies, indiquez l'adresse finale."
                    : $"Réponse HTTP {status} {response.ReasonPhrase}".TrimEnd());
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new Answer(null, "Pas de réponse dans le délai de 10 secondes.");
        }
        catch (HttpRequestException exception)
        {
            LogFailed(logger, delivery.Id, exception);
            return new Answer(null, exception.InnerException is WebhookAddressRefusedException refused
                ? refused.Message
                : $"Échec de la connexion : {exception.Message}");
        }
        catch (CryptographicException exception)
        {
            LogFailed(logger, delivery.Id, exception);
            return new Answer(null, "Le secret de signature ne peut plus être lu : supprimez ce webhook et créez-en un autre.");
        }
    }

    private async Task RecordAsync(WebhookDelivery delivery, Answer answer, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var attempts = delivery.Attempts + 1;
        var (state, next) = answer.Error is null ? (DeliveryState.Delivered, (DateTime?)null)
            : attempts >= MaxAttempts ? (DeliveryState.Failed, null)
            : (DeliveryState.Pending, now + Backoff[attempts - 1]);
        var error = answer.Error is { Length: > WebhookDelivery.ErrorMaxLength } text ? text[..WebhookDelivery.ErrorMaxLength] : answer.Error;

        // Set-based: an endpoint deleted meanwhile simply took its deliveries with it.
        await db.Set<WebhookDelivery>().Where(d => d.Id == delivery.Id && d.State == DeliveryState.Pending).ExecuteUpdateAsync(s => s
            .SetProperty(d => d.Attempts, attempts)
            .SetProperty(d => d.State, state)
            .SetProperty(d => d.NextAttemptAtUtc, next)
            .SetProperty(d => d.LastStatusCode, answer.Status)
            .SetProperty(d => d.LastError, error)
            .SetProperty(d => d.DeliveredAtUtc, state == DeliveryState.Delivered ? now : (DateTime?)null), cancellationToken);
    }

    private sealed record Answer(int? Status, string? Error);

    [LoggerMessage(Level = LogLevel.Information, Message = "Webhook delivery {DeliveryId} failed")]
    private static partial void LogFailed(ILogger logger, long deliveryId, Exception exception);
}
