using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenChorus.Web.Features.Invoices;
using OpenChorus.Web.Features.Invoices.Recues;
using OpenChorus.Web.Features.Structures;
using OpenChorus.Web.Features.Webhooks;
using OpenChorus.Web.Tests.Infrastructure;

namespace OpenChorus.Web.Tests.Features.Webhooks;

/// <summary>The application with its dispatcher off (tests run it, in small batches so that several dispatchers
/// interleave), loopback endpoints allowed, and a receiver.</summary>
public sealed class WebhookApp : IAsyncLifetime
{
    public TestApp App { get; } = new();

    public WebhookReceiver Receiver { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        App.Settings["Webhooks:DispatchIntervalMilliseconds"] = "0";
        App.Settings["Webhooks:AllowHttpLocalhost"] = "true";
        App.Settings["Webhooks:BatchSize"] = "5";
        Receiver = await WebhookReceiver.StartAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        await Receiver.DisposeAsync();
    }
}

/// <summary>A supplier and a public recipient, each managed by a signed-in principal who can add webhooks.</summary>
public sealed record WebhookWorld(TestApp App, PortalClient Supplier, Guid SupplierUser, int SupplierId, PortalClient Recipient, Guid Agent, int RecipientId, string RecipientSiret)
{
    public static async Task<WebhookWorld> CreateAsync(TestApp app, string name)
    {
        var (supplier, supplierUser) = await app.NewSignedInUserAsync($"fournisseur.{name}@exemple.fr");
        var supplierId = await app.CreateStructureAsync(supplierUser, $"Fournisseur {name}");
        await app.GrantAsync(supplierId, supplierUser, Space.FacturesEmises);
        var (recipient, agent) = await app.NewSignedInUserAsync($"agent.{name}@exemple.fr");
        var (recipientId, siret) = await app.CreateRecipientAsync(agent, $"Commune {name}");
        await app.GrantAsync(recipientId, agent, Space.FacturesRecues);
        return new WebhookWorld(app, supplier, supplierUser, supplierId, recipient, agent, recipientId, siret);
    }

    public Task<int> SendInvoiceAsync(string number) => App.SendInvoiceAsync(SupplierUser, SupplierId, RecipientSiret, number);

    public async Task<Outcome> ProcessAsync(int invoiceId, RecipientAction action, string? comment = null)
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ProcessInvoice>()
            .HandleAsync(Agent, new ProcessRequest(invoiceId, action, comment, null, null), CancellationToken.None);
    }
}

public static class WebhookSteps
{
    public static string PageOf(int structureId) => $"/structures/manage/{structureId}/raccordements/webhooks";

    /// <summary>"Ajouter un webhook" on the page (every event, or only <paramref name="onlyEvent"/>); answers the page.</summary>
    public static Task<IHtmlDocument> SubmitWebhookAsync(this PortalClient portal, int structureId, string url, string? onlyEvent = null)
    {
        var fields = new Dictionary<string, string> { ["Form.Url"] = url };
        if (onlyEvent is not null)
        {
            fields["Form.Events"] = onlyEvent;
        }

        return portal.SubmitAsync(PageOf(structureId), fields, "#add-webhook");
    }

    /// <summary>Adds a webhook and answers the secret the page shows once.</summary>
    public static async Task<string> AddWebhookAsync(this PortalClient portal, int structureId, string url, string? onlyEvent = null)
    {
        var page = await portal.SubmitWebhookAsync(structureId, url, onlyEvent);
        return page.QuerySelector<IHtmlInputElement>("#new-secret")?.Value
            ?? throw new InvalidOperationException("No secret shown:\n" + page.QuerySelector("main")?.TextContent);
    }

    /// <summary>Submits one of the endpoint's buttons ("ping", "toggle", "delete") on the page.</summary>
    public static async Task<IHtmlDocument> ClickOnEndpointAsync(this PortalClient portal, int structureId, string url, string form, System.Net.HttpStatusCode expected = System.Net.HttpStatusCode.OK)
    {
        var page = await portal.GetAsync(PageOf(structureId));
        var endpointId = page.QuerySelectorAll("#endpoints tbody tr").Single(r => r.Children[0].TextContent == url)
            .QuerySelector("input[name=endpointId]")!.GetAttribute("value");
        return await portal.SubmitAsync(page, new Dictionary<string, string>(), $"#{form}-{endpointId}", expected);
    }

    /// <summary>Runs the dispatcher once, as a node's worker would.</summary>
    public static async Task<int> DispatchAsync(this TestApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<WebhookDispatcher>().DispatchDueAsync();
    }

    public static Task<List<WebhookDelivery>> DeliveriesAsync(this TestApp app, string url) =>
        app.WithDbAsync(db => db.Set<WebhookDelivery>().Where(d => d.Endpoint!.Url == url).OrderBy(d => d.Id).ToListAsync());
}
