using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OpenChorus.Web.Features.Flux;
using OpenChorus.Web.Features.Structures;
using OpenChorus.Web.Features.Webhooks;
using OpenChorus.Web.Tests.Features.Invoices.Emises;
using OpenChorus.Web.Tests.Features.Webhooks;
using OpenChorus.Web.Tests.Infrastructure;

namespace OpenChorus.Web.Tests.Features.Api;

/// <summary>
/// The whole loop an ERP drives over HTTP, as issue 6 describes it: token, find the recipient and its services,
/// deposit a UBL flux, poll the compte rendu until IN_INTEGRE, find the invoice by its flux; the recipient finds it,
/// mandates it and puts it in payment; the supplier reads the history and has received the matching signed webhooks.
/// The flux processor and the webhook dispatcher run as a node's workers would, once per polling round.
/// </summary>
public sealed class ErpLoopTests : IClassFixture<TestApp>, IAsyncLifetime
{
    private readonly TestApp _app;
    private WebhookReceiver _receiver = null!;
    private CproClient _supplier = null!;
    private CproClient _recipient = null!;
    private string _supplierSiret = "";
    private string _recipientSiret = "";

    public ErpLoopTests(TestApp app)
    {
        _app = app;
        app.Settings["Flux:IntervalMilliseconds"] = "0";
        app.Settings["Webhooks:DispatchIntervalMilliseconds"] = "0";
    }

    public async ValueTask InitializeAsync()
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        _receiver = await WebhookReceiver.StartAsync();
        _supplierSiret = TestStructures.NewSiret();
        var supplier = await _app.CreateStructureAsync(await _app.CreateUserAsync($"erp-{suffix}@example.org"), $"Éditeur ERP {suffix}", siret: _supplierSiret);
        (var recipient, _recipientSiret) = await _app.CreateRecipientAsync(await _app.CreateUserAsync($"ville-{suffix}@example.org"), $"Ville {suffix}");
        _supplier = await CproClient.CreateAsync(_app, supplier, Space.FacturesEmises);
        _recipient = await CproClient.CreateAsync(_app, recipient, Space.FacturesRecues);
    }

    public async ValueTask DisposeAsync() => await _receiver.DisposeAsync();

    [Fact]
    public async Task Erp_DepositsAFlux_FollowsItToPayment_AndIsToldByWebhooks()
    {
        using var hook = await _supplier.Http.SendAsync(Request(HttpMethod.Post, "/api/v1/webhooks",
            new { url = _receiver.Url("erp"), events = new[] { WebhookEvents.FluxIntegrated, WebhookEvents.InvoiceStatus } }), TestContext.Current.CancellationToken);
        var secret = (await CproClient.ReadJsonAsync(hook)).GetProperty("secret").GetString()!;

        // The supplier's side: the recipient, whether it needs a service code, its services.
        var found = await OkAsync(_supplier, "/cpro/structures/v1/rechercher", new { structure = new { identifiantStructure = _recipientSiret, typeIdentifiantStructure = "SIRET" } });
        var recipientId = found.GetProperty("listeStructures")[0].GetProperty("idStructureCPP").GetInt64();
        var structure = await OkAsync(_supplier, "/cpro/structures/v1/consulter", new { idStructureCPP = recipientId });
        Assert.True(structure.GetProperty("parametres").TryGetProperty("codeServiceDoitEtreRenseigne", out _));
        var services = await OkAsync(_supplier, "/cpro/structures/v1/rechercher/services", new { idStructure = recipientId });
        Assert.Contains(services.GetProperty("listeServices").EnumerateArray(), s => s.GetProperty("codeService").GetString() == "TECHNIQUE");

        var number = $"ERP-{Guid.NewGuid().ToString("N")[..6]}";
        var deposit = await OkAsync(_supplier, "/cpro/factures/v1/deposer/flux", new
        {
            fichierFlux = Convert.ToBase64String(EmisesSamples.Ubl(number, _supplierSiret, _recipientSiret)),
            nomFichier = $"{number}.xml",
            syntaxeFlux = "IN_DP_E1_UBL_INVOICE",
            avecSignature = false,
        });
        var flux = deposit.GetProperty("numeroFluxDepot").GetString()!;
        Assert.Equal("IN_INTEGRE", await PollUntilFinalAsync(flux));

        var mine = await OkAsync(_supplier, "/cpro/factures/v1/rechercher/fournisseur", new { numeroFluxDepot = flux });
        var invoice = mine.GetProperty("listeFactures").EnumerateArray().Single();
        var id = invoice.GetProperty("identifiantFactureCPP").GetInt64();
        Assert.Equal((number, "MISE_A_DISPOSITION"), (invoice.GetProperty("numeroFacture").GetString(), invoice.GetProperty("statut").GetString()));

        // The recipient's side.
        var received = await OkAsync(_recipient, "/cpro/factures/v1/rechercher/recipiendaire", new { typeDemandePaiement = "FACTURE", numeroFacture = number });
        Assert.Equal(id, received.GetProperty("listeFactures")[0].GetProperty("idFacture").GetInt64());
        await OkAsync(_recipient, "/cpro/factures/v1/traiter/recue", new { idFacture = id, nouveauStatut = "MANDATEE", numeroDPMandat = "M-2026-0042" });
        await OkAsync(_recipient, "/cpro/factures/v1/traiter/recue", new { idFacture = id, nouveauStatut = "MISE_EN_PAIEMENT" });

        var history = await OkAsync(_supplier, "/cpro/factures/v1/consulter/historique", new { idFacture = id });
        Assert.Equal("MISE_EN_PAIEMENT", history.GetProperty("statutCourantCode").GetString());
        var statuses = history.GetProperty("historiquesDesStatuts").GetProperty("histoStatut").EnumerateArray().Select(s => s.GetProperty("histoStatutCode").GetString()).ToList();
        Assert.Contains("MANDATEE", statuses);

        await DispatchAsync();
        var events = _receiver.To("erp");
        Assert.All(events, e => Assert.True(e.SignatureVerifies(secret)));
        Assert.Contains(events, e => e.EventType == WebhookEvents.FluxIntegrated && e.Data.GetProperty("numeroFluxDepot").GetString() == flux);
        var invoiceStatuses = events.Where(e => e.EventType == WebhookEvents.InvoiceStatus && e.Data.GetProperty("idFacture").GetInt64() == id)
            .Select(e => e.Data.GetProperty("statut").GetString()).ToList();
        Assert.Superset(new HashSet<string?> { "MISE_A_DISPOSITION", "MANDATEE", "MISE_EN_PAIEMENT" }, invoiceStatuses.ToHashSet());
    }

    /// <summary>Polls consulterCRDetaille as ERPs do; between two polls, the node's flux worker takes its turn.</summary>
    private async Task<string?> PollUntilFinalAsync(string flux)
    {
        for (var round = 0; round < 10; round++)
        {
            var report = await OkAsync(_supplier, "/cpro/transverses/v1/consulterCRDetaille", new { numeroFluxDepot = flux, syntaxeFlux = "IN_DP_E1_UBL_INVOICE" });
            var state = report.GetProperty("etatCourantDepotFlux").GetString();
            if (state is "IN_INTEGRE" or "IN_INTEGRE_PARTIEL" or "IN_REJETE")
            {
                return state;
            }

            await _app.Services.GetRequiredService<FluxProcessor>().ProcessPendingAsync(TestContext.Current.CancellationToken);
        }

        return null;
    }

    private async Task DispatchAsync()
    {
        await using var scope = _app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<WebhookDispatcher>().DispatchDueAsync();
    }

    private static async Task<JsonElement> OkAsync(CproClient client, string path, object body)
    {
        var (status, answer) = await client.CallAsync(path, body);
        Assert.True(status == 200 && answer.GetProperty("codeRetour").GetInt32() == 0, $"{path} answered HTTP {status}: {answer}");
        return answer;
    }

    private HttpRequestMessage Request(HttpMethod method, string path, object body)
    {
        var request = new HttpRequestMessage(method, path) { Content = JsonContent.Create(body) };
        request.Headers.Add("cpro-account", _supplier.AccountHeader);
        return request;
    }
}
