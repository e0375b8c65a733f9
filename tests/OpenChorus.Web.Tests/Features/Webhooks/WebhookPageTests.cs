using System.Net;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenChorus.Web.Features.Webhooks;
using OpenChorus.Web.Tests.Infrastructure;

namespace OpenChorus.Web.Tests.Features.Webhooks;

/// <summary>"Webhooks" of a structure: managers only, French refusals, the secret shown once, failures and "Rejouer".</summary>
public sealed class WebhookPageTests(WebhookApp fixture) : IClassFixture<WebhookApp>
{
    private readonly TestApp _app = fixture.App;
    private readonly WebhookReceiver _receiver = fixture.Receiver;

    [Fact]
    public async Task Page_NotAManagerOfTheStructure_Gets404AndChangesNothing()
    {
        var world = await WebhookWorld.CreateAsync(_app, "acces");
        await world.Supplier.AddWebhookAsync(world.SupplierId, _receiver.Url("acces"));
        var (member, memberId) = await _app.NewSignedInUserAsync("membre.acces@exemple.fr");
        await _app.AddMemberAsync(world.SupplierId, memberId);
        var endpointId = await EndpointIdAsync(_receiver.Url("acces"));

        foreach (var portal in new[] { member, world.Recipient })
        {
            await portal.GetAsync(WebhookSteps.PageOf(world.SupplierId), HttpStatusCode.NotFound);
            await portal.PostAsync(WebhookSteps.PageOf(world.SupplierId) + "?handler=Add",
                new Dictionary<string, string> { ["Form.Url"] = _receiver.Url("intrus"), ["Form.Events"] = WebhookEvents.InvoiceStatus }, HttpStatusCode.NotFound);
            await portal.PostAsync(WebhookSteps.PageOf(world.SupplierId) + "?handler=Change",
                new Dictionary<string, string> { ["endpointId"] = $"{endpointId}", ["change"] = "Delete" }, HttpStatusCode.NotFound);
        }

        // A manager of another structure cannot reach this one's endpoint through their own page either.
        await world.Recipient.PostAsync(WebhookSteps.PageOf(world.RecipientId) + "?handler=Change",
            new Dictionary<string, string> { ["endpointId"] = $"{endpointId}", ["change"] = "Delete" }, HttpStatusCode.NotFound);
        Assert.Equal(1, await _app.WithDbAsync(db => db.Set<WebhookEndpoint>().CountAsync(e => e.StructureId == world.SupplierId)));
        Assert.Equal(0, await _app.WithDbAsync(db => db.Set<WebhookEndpoint>().CountAsync(e => e.Url.Contains("intrus"))));
    }

    [Theory]
    [InlineData("http://erp.exemple.fr/evenements", "L'adresse doit commencer par https://")]
    [InlineData("https://192.168.1.20/evenements", "réseau privé ou local")]
    [InlineData("https://10.1.2.3/evenements", "réseau privé ou local")]
    [InlineData("https://[fd00::1]/evenements", "réseau privé ou local")]
    [InlineData("https://intranet.local/evenements", "réseau privé ou local")]
    [InlineData("ftp://erp.exemple.fr/evenements", "L'adresse n'est pas valide")]
    public async Task Add_UrlNotPublicHttps_IsRefusedInFrench(string url, string message)
    {
        var world = await WebhookWorld.CreateAsync(_app, $"refus{Guid.NewGuid():N}");
        var page = await world.Supplier.SubmitWebhookAsync(world.SupplierId, url);
        Assert.Contains(message, page.QuerySelector(".fr-input-group--error")?.TextContent);
        Assert.Null(page.QuerySelector("#new-secret"));
        Assert.Equal(0, await _app.WithDbAsync(db => db.Set<WebhookEndpoint>().CountAsync(e => e.StructureId == world.SupplierId)));
    }

    [Fact]
    public async Task Add_NoEventTicked_AsksForOne()
    {
        var world = await WebhookWorld.CreateAsync(_app, "sansevenement");
        var page = await world.Supplier.SubmitWebhookAsync(world.SupplierId, "https://erp.exemple.fr/evenements", onlyEvent: "");
        Assert.Contains("Cochez au moins un évènement", page.QuerySelector(".fr-fieldset--error")?.TextContent);
        Assert.Equal(0, await _app.WithDbAsync(db => db.Set<WebhookEndpoint>().CountAsync(e => e.StructureId == world.SupplierId)));
    }

    [Fact]
    public async Task Add_SecretIsShownOnceAndStoredProtected()
    {
        var world = await WebhookWorld.CreateAsync(_app, "secret");
        var structurePage = await world.Supplier.GetAsync($"/structures/manage/{world.SupplierId}");
        Assert.NotNull(structurePage.QuerySelector($"a[href='{WebhookSteps.PageOf(world.SupplierId)}']"));

        var secret = await world.Supplier.AddWebhookAsync(world.SupplierId, "https://erp.exemple.fr/evenements");
        Assert.StartsWith("whsec_", secret);
        var stored = await _app.WithDbAsync(db => db.Set<WebhookEndpoint>().SingleAsync(e => e.StructureId == world.SupplierId));
        Assert.DoesNotContain(secret, stored.ProtectedSecret);
        Assert.DoesNotContain(secret["whsec_".Length..], stored.ProtectedSecret);
        var protector = _app.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("OpenChorus.Webhooks.Secret.v1");
        Assert.Equal(secret, protector.Unprotect(stored.ProtectedSecret));

        var again = await world.Supplier.GetAsync(WebhookSteps.PageOf(world.SupplierId));
        Assert.DoesNotContain(secret, again.DocumentElement.OuterHtml);
        Assert.Contains("https://erp.exemple.fr/evenements", again.QuerySelector("#endpoints")!.TextContent);
    }

    [Fact]
    public async Task FailedDelivery_IsShownAfterTheLastAttempt_AndRejouerDeliversIt()
    {
        var world = await WebhookWorld.CreateAsync(_app, "echec");
        var url = _receiver.Url("echec");
        await world.Recipient.AddWebhookAsync(world.RecipientId, url, WebhookEvents.FluxRejected);
        _receiver.Answer("echec", 503);
        await world.Recipient.ClickOnEndpointAsync(world.RecipientId, url, "ping");

        foreach (var wait in WebhookDispatcher.Backoff)
        {
            await _app.DispatchAsync();
            _app.Clock.Advance(wait);
        }

        await _app.DispatchAsync();
        Assert.Equal(WebhookDispatcher.MaxAttempts, _receiver.To("echec").Count);
        var failed = Assert.Single(await _app.DeliveriesAsync(url));
        Assert.Equal((DeliveryState.Failed, WebhookDispatcher.MaxAttempts, null), (failed.State, failed.Attempts, failed.NextAttemptAtUtc));
        _app.Clock.Advance(TimeSpan.FromDays(3));
        await _app.DispatchAsync();
        Assert.Equal(WebhookDispatcher.MaxAttempts, _receiver.To("echec").Count);

        var page = await world.Recipient.GetAsync(WebhookSteps.PageOf(world.RecipientId));
        var row = page.QuerySelector($"#replay-{failed.Id}")!.Closest("tr")!;
        Assert.Contains("En échec", row.TextContent);
        Assert.Contains("HTTP 503", row.TextContent);
        Assert.Contains("En échec", page.QuerySelector("#endpoints")!.TextContent);

        _receiver.Answer("echec", 200);
        var replayed = await world.Recipient.SubmitAsync(page, new Dictionary<string, string>(), $"#replay-{failed.Id}");
        Assert.Contains("remis en file", replayed.QuerySelector("[role=status]")?.TextContent);
        await _app.DispatchAsync();
        Assert.Equal(WebhookDispatcher.MaxAttempts + 1, _receiver.To("echec").Count);
        var after = await world.Recipient.GetAsync(WebhookSteps.PageOf(world.RecipientId));
        Assert.Contains("Livré", after.QuerySelector($"#replay-{failed.Id}")!.Closest("tr")!.TextContent);
    }

    [Fact]
    public async Task Delete_RemovesTheEndpointAndItsDeliveries()
    {
        var world = await WebhookWorld.CreateAsync(_app, "suppression");
        var url = _receiver.Url("suppression");
        await world.Supplier.AddWebhookAsync(world.SupplierId, url);
        await world.Supplier.ClickOnEndpointAsync(world.SupplierId, url, "ping");
        Assert.Single(await _app.DeliveriesAsync(url));

        var page = await world.Supplier.ClickOnEndpointAsync(world.SupplierId, url, "delete");
        Assert.Contains("Le webhook est supprimé", page.QuerySelector("[role=status]")?.TextContent);
        Assert.Null(page.QuerySelector("#endpoints"));
        Assert.Empty(await _app.DeliveriesAsync(url));
        await _app.DispatchAsync();
        Assert.Empty(_receiver.To("suppression"));
    }

    [Theory]
    [InlineData("8.8.8.8", true)]
    [InlineData("2a01:e0a:1::1", true)]
    [InlineData("127.0.0.1", false)]
    [InlineData("169.254.169.254", false)]
    [InlineData("172.20.0.1", false)]
    [InlineData("100.64.0.1", false)]
    [InlineData("0.0.0.0", false)]
    [InlineData("::1", false)]
    [InlineData("fe80::1", false)]
    [InlineData("::ffff:10.0.0.1", false)]
    public void IsPublic_Address_OnlyForInternetAddresses(string address, bool expected) =>
        Assert.Equal(expected, WebhookUrls.IsPublic(IPAddress.Parse(address)));

    private Task<int> EndpointIdAsync(string url) =>
        _app.WithDbAsync(db => db.Set<WebhookEndpoint>().Where(e => e.Url == url).Select(e => e.Id).SingleAsync());
}
