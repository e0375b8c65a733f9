using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OpenChorus.Web.Features.Flux;
using OpenChorus.Web.Features.Structures;
using OpenChorus.Web.Tests.Features.Flux;
using OpenChorus.Web.Tests.Features.Invoices.Emises;
using OpenChorus.Web.Tests.Infrastructure;

namespace OpenChorus.Web.Tests.Features.Api;

/// <summary>An unexpected failure on an API route (here the database refusing the write) answers what the client
/// reads — the Chorus Pro envelope, or ProblemDetails on our own routes — never the portal's HTML page, and keeps
/// nothing half-written.</summary>
public sealed class ApiFailureTests : IClassFixture<TestApp>, IAsyncLifetime
{
    private readonly TestApp _app;
    private EmisesWorld _w = null!;
    private CproClient _erp = null!;

    public ApiFailureTests(TestApp app)
    {
        _app = app;
        app.DriveProcessorsByHand();
    }

    public async ValueTask InitializeAsync()
    {
        _w = await EmisesWorld.CreateAsync(_app);
        _erp = await CproClient.CreateAsync(_app, _w.Supplier, Space.FacturesEmises);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task DepositWhoseSaveFails_AnswersTheEnvelopeAndStoresNoFlux()
    {
        _app.Race.BeforeNextSaveOf<FluxDepot>(() => throw new InvalidOperationException("the database went away"));

        var response = await _erp.PostAsync("/cpro/factures/v1/deposer/flux", new
        {
            fichierFlux = Convert.ToBase64String(EmisesSamples.Ubl(_w.Number("KO1"), _w.SupplierSiret, _w.RecipientSiret)),
            nomFichier = "facture.xml",
            syntaxeFlux = "IN_DP_E1_UBL_INVOICE",
        });

        Assert.Equal(500, (int)response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.Equal(500, body.GetProperty("codeRetour").GetInt32());
        Assert.StartsWith("Erreur technique", body.GetProperty("libelle").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("went away", body.GetRawText(), StringComparison.Ordinal);
        Assert.Equal(0, await _app.WithDbAsync(db => db.Set<FluxDepot>().CountAsync(TestContext.Current.CancellationToken)));
    }
}
