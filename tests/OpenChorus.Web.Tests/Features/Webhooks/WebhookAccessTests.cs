using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using OpenChorus.Web.Features.Structures;
using OpenChorus.Web.Features.Webhooks;
using OpenChorus.Web.Tests.Infrastructure;

namespace OpenChorus.Web.Tests.Features.Webhooks;

/// <summary>Managing a structure's webhooks asks for at least one space in Modification on it: of the technical account
/// on /api/v1/webhooks (else 403 ProblemDetails), of the gestionnaire on the page (else a French message).</summary>
public sealed class WebhookAccessTests(WebhookApp fixture) : IClassFixture<WebhookApp>
{
    private const string Api = "/api/v1/webhooks";
    private readonly TestApp _app = fixture.App;
    private readonly WebhookReceiver _receiver = fixture.Receiver;

    [Fact]
    public async Task Api_TechnicalAccountInConsultation_Gets403OnEveryRoute_AndChangesNothing()
    {
        var world = await WebhookWorld.CreateAsync(_app, "sansespace");
        await world.Supplier.AddWebhookAsync(world.SupplierId, _receiver.Url("sansespace"));
        var endpointId = await EndpointIdAsync(world.SupplierId);
        var erp = await CproClient.CreateAsync(_app, world.SupplierId, Space.FacturesEmises);
        await SetModesAsync(erp.UserId, world.SupplierId, AccessMode.Consultation);

        foreach (var (method, path, body) in new (HttpMethod, string, object?)[]
                 {
                     (HttpMethod.Get, Api, null),
                     (HttpMethod.Post, Api, new { url = _receiver.Url("intrus"), events = new[] { WebhookEvents.InvoiceStatus } }),
                     (HttpMethod.Delete, $"{Api}/{endpointId}", null),
                     (HttpMethod.Get, $"{Api}/{endpointId}/deliveries", null),
                 })
        {
            using var response = await SendAsync(erp, method, path, body);
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.Contains("au moins un espace en mode Modification", (await CproClient.ReadJsonAsync(response)).GetProperty("detail").GetString());
        }

        Assert.Equal([_receiver.Url("sansespace")], await _app.WithDbAsync(db => db.Set<WebhookEndpoint>().Where(e => e.StructureId == world.SupplierId).Select(e => e.Url).ToListAsync()));
    }

    [Fact]
    public async Task Api_OneSpaceInModification_IsEnough_CheckedOnEveryRequest()
    {
        var world = await WebhookWorld.CreateAsync(_app, "consultation");
        var erp = await CproClient.CreateAsync(_app, world.SupplierId, Space.FacturesEmises, Space.FacturesAValider);
        await SetModesAsync(erp.UserId, world.SupplierId, AccessMode.Consultation);

        using (var refused = await SendAsync(erp, HttpMethod.Post, Api, new { url = _receiver.Url("consultation"), events = new[] { WebhookEvents.InvoiceStatus } }))
        {
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        }

        Assert.Equal(0, await _app.WithDbAsync(db => db.Set<WebhookEndpoint>().CountAsync(e => e.StructureId == world.SupplierId)));

        // One space in Modification is enough, checked on the very next request.
        await _app.WithDbAsync(db => db.Subscriptions.Where(s => s.UserId == erp.UserId && s.Space == Space.FacturesAValider)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Mode, AccessMode.Modification)));
        using var created = await SendAsync(erp, HttpMethod.Post, Api, new { url = _receiver.Url("consultation"), events = new[] { WebhookEvents.InvoiceStatus } });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
    }

    [Fact]
    public async Task Page_ManagerWithoutAModificationSpace_IsToldSo_AndCannotAddOrDelete()
    {
        var world = await WebhookWorld.CreateAsync(_app, "gestionnaire");
        await world.Supplier.AddWebhookAsync(world.SupplierId, _receiver.Url("gestionnaire"));
        var endpointId = await EndpointIdAsync(world.SupplierId);
        await SetModesAsync(world.SupplierUser, world.SupplierId, AccessMode.Consultation);

        var page = await world.Supplier.GetAsync(WebhookSteps.PageOf(world.SupplierId));
        Assert.Contains("au moins un espace en mode Modification", page.QuerySelector("#no-modification")?.TextContent);
        Assert.Null(page.QuerySelector("#add-webhook"));
        Assert.Null(page.QuerySelector("#endpoints"));

        var added = await world.Supplier.PostAsync(WebhookSteps.PageOf(world.SupplierId) + "?handler=Add",
            new Dictionary<string, string> { ["Form.Url"] = _receiver.Url("intrus"), ["Form.Events"] = WebhookEvents.InvoiceStatus }, HttpStatusCode.OK);
        Assert.Contains(WebhooksModel.NoModificationSpace, added.QuerySelector(".fr-alert--error")?.TextContent);
        await world.Supplier.PostAsync(WebhookSteps.PageOf(world.SupplierId) + "?handler=Change",
            new Dictionary<string, string> { ["endpointId"] = $"{endpointId}", ["change"] = "Delete" }, HttpStatusCode.OK);
        Assert.Equal([_receiver.Url("gestionnaire")], await _app.WithDbAsync(db => db.Set<WebhookEndpoint>().Where(e => e.StructureId == world.SupplierId).Select(e => e.Url).ToListAsync()));
    }

    private Task<int> SetModesAsync(Guid userId, int structureId, AccessMode mode) =>
        _app.WithDbAsync(db => db.Subscriptions.Where(s => s.UserId == userId && s.StructureId == structureId)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Mode, mode)));

    private Task<int> EndpointIdAsync(int structureId) =>
        _app.WithDbAsync(db => db.Set<WebhookEndpoint>().Where(e => e.StructureId == structureId).Select(e => e.Id).SingleAsync());

    private static async Task<HttpResponseMessage> SendAsync(CproClient client, HttpMethod method, string path, object? body)
    {
        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.Add("cpro-account", client.AccountHeader);
        return await client.Http.SendAsync(request);
    }
}
