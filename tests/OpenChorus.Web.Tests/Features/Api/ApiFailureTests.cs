using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OpenChorus.Web.Features.Flux;
using OpenChorus.Web.Tests.Features.Flux;
using OpenChorus.Web.Tests.Features.Invoices.Emises;
using OpenChorus.Web.Tests.Infrastructure;

namespace OpenChorus.Web.Tests.Features.Api;

/// <summary>An unexpected failure on an API route (here the database refusing the write) answers what the client
/// reads — the Chorus Pro envelope, or ProblemDetails on our own routes — never the portal's HTML page, and keeps
/// nothing half-written.</summary>
public sealed class ApiFailureTests(TestApp app) : SupplierErpTests(app)
{
    [Fact]
    public async Task DepositWhoseSaveFails_AnswersTheEnvelopeAndStoresNoFlux()
    {
        App.Race.BeforeNextSaveOf<FluxDepot>(() => throw new InvalidOperationException("the database went away"));

        var response = await Erp.PostAsync("/cpro/factures/v1/deposer/flux", new
        {
            fichierFlux = Convert.ToBase64String(EmisesSamples.Ubl(W.Number("KO1"), W.SupplierSiret, W.RecipientSiret)),
            nomFichier = "facture.xml",
            syntaxeFlux = "IN_DP_E1_UBL_INVOICE",
        });

        Assert.Equal(500, (int)response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.Equal(500, body.GetProperty("codeRetour").GetInt32());
        Assert.StartsWith("Erreur technique", body.GetProperty("libelle").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("went away", body.GetRawText(), StringComparison.Ordinal);
        Assert.Equal(0, await App.WithDbAsync(db => db.Set<FluxDepot>().CountAsync(TestContext.Current.CancellationToken)));
    }
}
