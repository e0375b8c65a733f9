using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OpenChorus.Web.Features.Structures;
using OpenChorus.Web.Features.Webhooks;
using OpenChorus.Web.Tests.Infrastructure;

namespace OpenChorus.Web.Tests.Features.Webhooks;

/// <summary>/api/v1/webhooks for an ERP's technical account: its own structure's webhooks only, ProblemDetails on errors.</summary>
public sealed class WebhookApiTests(WebhookApp fixture) : IClassFixture<WebhookApp>
{
    private readonly TestApp _app = fixture.App;
    private readonly WebhookReceiver _receiver = fixture.Receiver;

    [Fact]
    public async Task Webhooks_CreatedThroughTheApi_ReceiveSignedEvents_AndCanBeReplayedThenDeleted()
    {
        var world = await WebhookWorld.CreateAsync(_app, "api");
        var erp = await CproClient.CreateAsync(_app, world.SupplierId, Space.FacturesEmises);
        var (status, created) = await CallAsync(erp, HttpMethod.Post, "/api/v1/webhooks", new { url = _receiver.Url("api"), events = new[] { WebhookEvents.InvoiceStatus } });
        Assert.Equal(201, status);
        var secret = created.GetProperty("secret").GetString()!;
        var id = created.GetProperty("id").GetInt32();
        Assert.Equal([WebhookEvents.InvoiceStatus], created.GetProperty("events").EnumerateArray().Select(e => e.GetString()));

        await world.SendInvoiceAsync("WH-API-1");
        await _app.DispatchAsync();
        Assert.All(_receiver.To("api"), r => Assert.True(r.SignatureVerifies(secret)));
        Assert.Equal(2, _receiver.To("api").Count);

        var (_, list) = await CallAsync(erp, HttpMethod.Get, "/api/v1/webhooks");
        var listed = Assert.Single(list.EnumerateArray());
        Assert.Equal(id, listed.GetProperty("id").GetInt32());
        Assert.False(listed.TryGetProperty("secret", out _));
        Assert.Equal("Delivered", listed.GetProperty("lastDelivery").GetProperty("state").GetString());

        var (_, deliveries) = await CallAsync(erp, HttpMethod.Get, $"/api/v1/webhooks/{id}/deliveries");
        Assert.Equal(2, deliveries.GetArrayLength());
        var first = deliveries.EnumerateArray().Last().GetProperty("id").GetInt64();
        Assert.Equal(202, (await CallAsync(erp, HttpMethod.Post, $"/api/v1/webhooks/deliveries/{first}/replay")).Status);
        var (conflict, problem) = await CallAsync(erp, HttpMethod.Post, $"/api/v1/webhooks/deliveries/{first}/replay");
        Assert.Equal(409, conflict);
        Assert.Contains("déjà en attente", problem.GetProperty("detail").GetString());
        await _app.DispatchAsync();
        Assert.Equal(3, _receiver.To("api").Count);

        Assert.Equal(204, (await CallAsync(erp, HttpMethod.Delete, $"/api/v1/webhooks/{id}")).Status);
        Assert.Equal(0, (await CallAsync(erp, HttpMethod.Get, "/api/v1/webhooks")).Body.GetArrayLength());
    }

    [Fact]
    public async Task Webhooks_BadUrlOrAnotherStructuresWebhook_AnswerProblemDetails()
    {
        var world = await WebhookWorld.CreateAsync(_app, "apierreurs");
        var erp = await CproClient.CreateAsync(_app, world.SupplierId, Space.FacturesEmises);
        var stranger = await CproClient.CreateAsync(_app, world.RecipientId, Space.FacturesRecues);
        await world.Supplier.AddWebhookAsync(world.SupplierId, _receiver.Url("apierreurs"));
        await world.Supplier.ClickOnEndpointAsync(world.SupplierId, _receiver.Url("apierreurs"), "ping");
        var (_, mine) = await CallAsync(erp, HttpMethod.Get, "/api/v1/webhooks");
        var id = mine.EnumerateArray().Single().GetProperty("id").GetInt32();
        var deliveryId = (await _app.DeliveriesAsync(_receiver.Url("apierreurs"))).Single().Id;

        using var refused = await SendAsync(erp, HttpMethod.Post, "/api/v1/webhooks", new { url = "http://erp.exemple.fr/hook", events = Array.Empty<string>() });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        var errors = (await CproClient.ReadJsonAsync(refused)).GetProperty("errors");
        Assert.Contains("https://", errors.GetProperty("url")[0].GetString());
        Assert.Contains("Cochez au moins un évènement", errors.GetProperty("events")[0].GetString());

        Assert.Equal(404, (await CallAsync(stranger, HttpMethod.Delete, $"/api/v1/webhooks/{id}")).Status);
        Assert.Equal(404, (await CallAsync(stranger, HttpMethod.Get, $"/api/v1/webhooks/{id}/deliveries")).Status);
        var (replayStatus, replayProblem) = await CallAsync(stranger, HttpMethod.Post, $"/api/v1/webhooks/deliveries/{deliveryId}/replay");
        Assert.Equal(404, replayStatus);
        Assert.Equal("Envoi inconnu.", replayProblem.GetProperty("title").GetString());
        Assert.Equal(0, (await CallAsync(stranger, HttpMethod.Get, "/api/v1/webhooks")).Body.GetArrayLength());
        Assert.Single(await _app.DeliveriesAsync(_receiver.Url("apierreurs")));

        using var anonymous = _app.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(new Uri("/api/v1/webhooks", UriKind.Relative), TestContext.Current.CancellationToken)).StatusCode);
    }

    private static async Task<HttpResponseMessage> SendAsync(CproClient client, HttpMethod method, string path, object? body = null)
    {
        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.Add("cpro-account", client.AccountHeader);
        return await client.Http.SendAsync(request, TestContext.Current.CancellationToken);
    }

    private static async Task<(int Status, JsonElement Body)> CallAsync(CproClient client, HttpMethod method, string path, object? body = null)
    {
        using var response = await SendAsync(client, method, path, body);
        return ((int)response.StatusCode, await CproClient.ReadJsonAsync(response));
    }
}
