using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenChorus.Web.Data;
using OpenChorus.Web.Features.Invoices;
using OpenChorus.Web.Features.Webhooks;
using OpenChorus.Web.Tests.Infrastructure;

namespace OpenChorus.Web.Tests.Features.Webhooks;

/// <summary>Invoice and flux events reach the right endpoints, signed, through the real dispatcher and a real receiver.</summary>
public sealed class WebhookDeliveryTests(WebhookApp fixture) : IClassFixture<WebhookApp>
{
    private readonly TestApp _app = fixture.App;
    private readonly WebhookReceiver _receiver = fixture.Receiver;

    [Fact]
    public async Task InvoiceStatusChange_SignedEventsReachBothStructuresAndNoOther()
    {
        var world = await WebhookWorld.CreateAsync(_app, "statuts");
        var supplierSecret = await world.Supplier.AddWebhookAsync(world.SupplierId, _receiver.Url("statuts-fournisseur"));
        var recipientSecret = await world.Recipient.AddWebhookAsync(world.RecipientId, _receiver.Url("statuts-destinataire"));
        var other = await WebhookWorld.CreateAsync(_app, "autre");
        await other.Supplier.AddWebhookAsync(other.SupplierId, _receiver.Url("statuts-autre"));
        await other.Recipient.AddWebhookAsync(other.RecipientId, _receiver.Url("statuts-autre"));

        var invoiceId = await world.SendInvoiceAsync("WH-STATUT-1");
        Assert.True((await world.ProcessAsync(invoiceId, RecipientAction.Suspendre, "Bon de livraison manquant")).Succeeded);
        Assert.Empty(_receiver.To("statuts-fournisseur"));
        await _app.DispatchAsync();

        var toSupplier = _receiver.To("statuts-fournisseur");
        Assert.Equal(["DEPOSEE", "MISE_A_DISPOSITION", "SUSPENDUE"], toSupplier.Select(r => r.Data.GetProperty("statut").GetString()).Order());
        var toRecipient = _receiver.To("statuts-destinataire");
        Assert.Equal(["MISE_A_DISPOSITION", "SUSPENDUE"], toRecipient.Select(r => r.Data.GetProperty("statut").GetString()).Order());
        Assert.All(toSupplier, r => Assert.True(r.SignatureVerifies(supplierSecret)));
        Assert.All(toRecipient, r => Assert.True(r.SignatureVerifies(recipientSecret)));
        Assert.All(toSupplier.Concat(toRecipient), r => Assert.Equal(WebhookEvents.InvoiceStatus, r.EventType));
        Assert.False(toSupplier[0].SignatureVerifies(recipientSecret));
        Assert.Empty(_receiver.To("statuts-autre"));

        var suspended = toRecipient.Single(r => r.Data.GetProperty("statut").GetString() == "SUSPENDUE");
        Assert.Equal(invoiceId, suspended.Data.GetProperty("idFacture").GetInt32());
        Assert.Equal("WH-STATUT-1", suspended.Data.GetProperty("numeroFacture").GetString());
        Assert.Equal("Bon de livraison manquant", suspended.Data.GetProperty("commentaire").GetString());
        Assert.Equal(world.RecipientSiret, suspended.Data.GetProperty("siretDestinataire").GetString());
        Assert.Equal(suspended.Headers[WebhookSignature.EventIdHeader], System.Text.Json.JsonDocument.Parse(suspended.Body).RootElement.GetProperty("id").GetString());
        Assert.All(await _app.DeliveriesAsync(_receiver.Url("statuts-fournisseur")), d => Assert.Equal(DeliveryState.Delivered, d.State));
    }

    [Fact]
    public async Task ErrorAnswer_IsRetriedAfterTheBackoff_ThenDelivered()
    {
        var world = await WebhookWorld.CreateAsync(_app, "reessai");
        var url = _receiver.Url("reessai");
        await world.Supplier.AddWebhookAsync(world.SupplierId, url, WebhookEvents.FluxIntegrated);
        _receiver.Answer("reessai", 500);
        await world.Supplier.ClickOnEndpointAsync(world.SupplierId, url, "ping");

        await _app.DispatchAsync();
        Assert.Single(_receiver.To("reessai"));
        var failedOnce = Assert.Single(await _app.DeliveriesAsync(url));
        Assert.Equal((DeliveryState.Pending, 1, 500), (failedOnce.State, failedOnce.Attempts, failedOnce.LastStatusCode));
        Assert.Equal(_app.Clock.GetUtcNow().UtcDateTime + WebhookDispatcher.Backoff[0], failedOnce.NextAttemptAtUtc);

        await _app.DispatchAsync();
        Assert.Single(_receiver.To("reessai"));

        _receiver.Answer("reessai", 204);
        _app.Clock.Advance(WebhookDispatcher.Backoff[0]);
        await _app.DispatchAsync();
        var attempts = _receiver.To("reessai");
        Assert.Equal(2, attempts.Count);
        Assert.Equal(attempts[0].Body, attempts[1].Body);
        Assert.Equal(WebhookEvents.Ping, attempts[1].EventType);
        var delivered = Assert.Single(await _app.DeliveriesAsync(url));
        Assert.Equal((DeliveryState.Delivered, 2, 204), (delivered.State, delivered.Attempts, delivered.LastStatusCode));
    }

    [Fact]
    public async Task FluxEvent_ReachesOnlyEndpointsSubscribedToIt()
    {
        var world = await WebhookWorld.CreateAsync(_app, "flux");
        var secret = await world.Supplier.AddWebhookAsync(world.SupplierId, _receiver.Url("flux-rejete"), WebhookEvents.FluxRejected);
        await world.Supplier.AddWebhookAsync(world.SupplierId, _receiver.Url("flux-factures"), WebhookEvents.InvoiceStatus);
        await world.Recipient.AddWebhookAsync(world.RecipientId, _receiver.Url("flux-autre-structure"));

        await using (var scope = _app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var eventId = await WebhookOutbox.EnqueueFluxAsync(db, world.SupplierId, "CPP12345678", "IN_REJETE", new { motif = "Fichier illisible" }, TestContext.Current.CancellationToken);
            Assert.NotNull(eventId);
            Assert.Null(await WebhookOutbox.EnqueueFluxAsync(db, world.SupplierId, "CPP12345679", "IN_INTEGRE", null, CancellationToken.None));
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        await _app.DispatchAsync();
        var rejected = Assert.Single(_receiver.To("flux-rejete"));
        Assert.Equal(WebhookEvents.FluxRejected, rejected.EventType);
        Assert.Equal("CPP12345678", rejected.Data.GetProperty("numeroFluxDepot").GetString());
        Assert.True(rejected.SignatureVerifies(secret));
        Assert.Empty(_receiver.To("flux-factures"));
        Assert.Empty(_receiver.To("flux-autre-structure"));
    }

    [Fact]
    public async Task Dispatchers_OnSeveralNodesAtOnce_SendEachDeliveryOnce()
    {
        var world = await WebhookWorld.CreateAsync(_app, "noeuds");
        var url = _receiver.Url("noeuds");
        await world.Supplier.AddWebhookAsync(world.SupplierId, url);
        await _app.WithDbAsync(async db =>
        {
            var endpoint = await db.Set<WebhookEndpoint>().SingleAsync(e => e.Url == url);
            for (var i = 0; i < 40; i++)
            {
                WebhookOutbox.EnqueueTo(db, endpoint, WebhookEvents.Ping, new { i });
            }

            return await db.SaveChangesAsync();
        });

        var attempts = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Task.Run(() => _app.DispatchAsync())));

        Assert.Equal(40, attempts.Sum());
        var received = _receiver.To("noeuds");
        Assert.Equal(40, received.Count);
        Assert.Equal(40, received.Select(r => r.Headers[WebhookSignature.EventIdHeader]).Distinct().Count());
        Assert.All(await _app.DeliveriesAsync(url), d => Assert.Equal((DeliveryState.Delivered, 1), (d.State, d.Attempts)));
    }

    [Fact]
    public async Task DeactivatedEndpoint_GetsNothingUntilReactivated()
    {
        var world = await WebhookWorld.CreateAsync(_app, "pause");
        var url = _receiver.Url("pause");
        await world.Recipient.AddWebhookAsync(world.RecipientId, url);
        await world.Recipient.ClickOnEndpointAsync(world.RecipientId, url, "toggle");

        var invoiceId = await world.SendInvoiceAsync("WH-PAUSE-1");
        await _app.DispatchAsync();
        Assert.Empty(_receiver.To("pause"));
        Assert.Empty(await _app.DeliveriesAsync(url));

        await world.Recipient.ClickOnEndpointAsync(world.RecipientId, url, "toggle");
        Assert.True((await world.ProcessAsync(invoiceId, RecipientAction.ServiceFait)).Succeeded);
        await _app.DispatchAsync();
        Assert.Equal("SERVICE_FAIT", Assert.Single(_receiver.To("pause")).Data.GetProperty("statut").GetString());
    }
}
