using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenChorus.Web.Features.Webhooks;

namespace OpenChorus.Web.Tests.Features.Webhooks;

/// <summary>A real HTTP server on a free loopback port, standing for an integrator's endpoint: it keeps every request
/// and answers the status a test chose for its path (200 unless told otherwise).</summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly ConcurrentQueue<ReceivedWebhook> _received = new();
    private readonly ConcurrentDictionary<string, int> _statuses = new();
    private WebApplication? _server;

    public Uri BaseAddress { get; private set; } = null!;

    public static async Task<WebhookReceiver> StartAsync()
    {
        var receiver = new WebhookReceiver();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var server = builder.Build();
        server.MapPost("/{path}", async (string path, HttpRequest request) =>
        {
            using var reader = new StreamReader(request.Body);
            var body = await reader.ReadToEndAsync();
            receiver._received.Enqueue(new ReceivedWebhook(path, body, request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase)));
            return Results.StatusCode(receiver._statuses.GetValueOrDefault(path, 200));
        });
        await server.StartAsync();
        receiver._server = server;
        receiver.BaseAddress = new Uri(server.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single());
        return receiver;
    }

    /// <summary>The address of a path of its own for one test.</summary>
    public string Url(string path) => new Uri(BaseAddress, path).ToString();

    public void Answer(string path, int status) => _statuses[path] = status;

    public IReadOnlyList<ReceivedWebhook> To(string path) => [.. _received.Where(r => r.Path == path)];

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}

public sealed record ReceivedWebhook(string Path, string Body, IReadOnlyDictionary<string, string> Headers)
{
    public string EventType => Headers[WebhookSignature.EventTypeHeader];

    public System.Text.Json.JsonElement Data => System.Text.Json.JsonDocument.Parse(Body).RootElement.GetProperty("data");

    /// <summary>Checks the signature as docs/webhooks.md tells a receiver to, independently of the platform's code.</summary>
    public bool SignatureVerifies(string secret)
    {
        var signed = System.Text.Encoding.UTF8.GetBytes(Headers[WebhookSignature.TimestampHeader] + "." + Body);
        var expected = "v1=" + Convert.ToHexStringLower(System.Security.Cryptography.HMACSHA256.HashData(System.Text.Encoding.UTF8.GetBytes(secret), signed));
        return System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(
            System.Text.Encoding.ASCII.GetBytes(expected), System.Text.Encoding.ASCII.GetBytes(Headers[WebhookSignature.SignatureHeader]));
    }
}
