using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;
using OpenChorus.EndToEnd.Steps;
using static Microsoft.Playwright.Assertions;

namespace OpenChorus.EndToEnd;

/// <summary>A manager adds a webhook in the browser, sends a test event, and sees it delivered to a real receiver.</summary>
public sealed class WebhooksTests(PortalServer server, Browser browser) : IClassFixture<PortalServer>, IClassFixture<Browser>
{
    [Fact]
    public async Task Webhook_AddedInTheBrowser_ReceivesASignedTestEventShownAsDelivered()
    {
        await using var receiver = await Receiver.StartAsync();
        var manager = Seed.NewEmail("wanda");
        var managerId = await server.UserAsync(manager);
        await server.StructureAsync(managerId, "Wanda Logiciels");

        var page = await browser.SignedInPageAsync(server, manager);
        await page.OpenManagedStructureAsync("Wanda Logiciels");
        await page.GetByRole(AriaRole.Link, new() { Name = "Webhooks" }).ClickAsync();
        await page.ExpectPageAsync("Webhooks");

        await page.GetByLabel("Adresse du webhook").FillAsync(receiver.Url);
        await page.GetByRole(AriaRole.Button, new() { Name = "Ajouter le webhook" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Copiez son secret de signature maintenant");
        var secret = await page.GetByLabel("Secret de signature").InputValueAsync();
        Assert.StartsWith("whsec_", secret);
        await page.AssertNoSeriousViolationsAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Envoyer un évènement de test" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("L'évènement de test est en file d'envoi.");
        var received = await receiver.WaitAsync();
        Assert.Equal("ping", received.Type);
        Assert.Equal("v1=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(received.Timestamp + "." + received.Body))),
            received.Signature);

        var deliveries = page.GetByRole(AriaRole.Table, new() { Name = "derniers envois" });
        for (var tries = 0; tries < 30 && !(await deliveries.CountAsync() == 1 && (await deliveries.InnerTextAsync()).Contains("Livré", StringComparison.Ordinal)); tries++)
        {
            await Task.Delay(500, TestContext.Current.CancellationToken);
            await page.ReloadAsync();
        }

        await Expect(deliveries).ToContainTextAsync("Livré");
        await Expect(deliveries).ToContainTextAsync("HTTP 200");
        await page.ExpectPageAsync("Webhooks");
    }

    /// <summary>The integrator's side: a loopback HTTP server that keeps what it receives and answers 200.</summary>
    private sealed class Receiver : IAsyncDisposable
    {
        private readonly ConcurrentQueue<(string Type, string Timestamp, string Signature, string Body)> _received = new();
        private WebApplication _server = null!;

        public string Url { get; private set; } = "";

        public static async Task<Receiver> StartAsync()
        {
            var receiver = new Receiver();
            var builder = WebApplication.CreateSlimBuilder();
            builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
            builder.Logging.ClearProviders();
            receiver._server = builder.Build();
            receiver._server.MapPost("/evenements", async (HttpRequest request) =>
            {
                using var reader = new StreamReader(request.Body);
                receiver._received.Enqueue((request.Headers["OpenChorus-Event-Type"].ToString(), request.Headers["OpenChorus-Timestamp"].ToString(),
                    request.Headers["OpenChorus-Signature"].ToString(), await reader.ReadToEndAsync()));
                return Results.Ok();
            });
            await receiver._server.StartAsync();
            var address = receiver._server.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
            receiver.Url = address + "/evenements";
            return receiver;
        }

        public async Task<(string Type, string Timestamp, string Signature, string Body)> WaitAsync()
        {
            for (var waited = 0; waited < 150; waited++)
            {
                if (_received.TryPeek(out var first))
                {
                    return first;
                }

                await Task.Delay(100);
            }

            throw new TimeoutException("The webhook receiver got nothing within 15 s.");
        }

        public ValueTask DisposeAsync() => _server.DisposeAsync();
    }
}
