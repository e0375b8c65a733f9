using System.Text.Json;
using OpenChorus.Web.Features.Structures;
using OpenChorus.Web.Tests.Features.Invoices.Emises;
using OpenChorus.Web.Tests.Infrastructure;

namespace OpenChorus.Web.Tests.Features.Flux;

/// <summary>The flux operations over HTTP with a technical account: deposer/flux answers the number at once, the
/// comptes rendus follow the states and list the errors, and other structures' flux stay out of reach.</summary>
public sealed class FluxApiTests : IClassFixture<TestApp>, IAsyncLifetime
{
    private const string Deposit = "/cpro/factures/v1/deposer/flux";
    private const string Detailed = "/cpro/transverses/v1/consulterCRDetaille";
    private const string Report = "/cpro/transverses/v1/consulterCR";

    private readonly TestApp _app;
    private EmisesWorld _w = null!;
    private CproClient _erp = null!;

    public FluxApiTests(TestApp app)
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
    public async Task DepositThenPoll_FollowsTheFluxUntilIntegrated()
    {
        var number = _w.Number("API1");
        var (status, deposit) = await _erp.CallAsync(Deposit, new
        {
            fichierFlux = Convert.ToBase64String(EmisesSamples.Ubl(number, _w.SupplierSiret, _w.RecipientSiret)),
            nomFichier = "ubl_chorus_facture.xml",
            syntaxeFlux = "IN_DP_E1_UBL_INVOICE",
            avecSignature = "false",
            idUtilisateurCourant = 0,
        });

        Assert.Equal(200, status);
        Assert.Equal((0, "2026-11-26", "IN_DP_E1_UBL_INVOICE"), (deposit.GetProperty("codeRetour").GetInt32(), deposit.GetProperty("dateDepot").GetString(), deposit.GetProperty("syntaxeFlux").GetString()));
        var flux = deposit.GetProperty("numeroFluxDepot").GetString()!;
        Assert.Matches("^CPP0011100[0-9]{15}$", flux);
        Assert.Equal("IN_RECU", (await _erp.CallAsync(Detailed, new { numeroFluxDepot = flux })).Body.GetProperty("etatCourantDepotFlux").GetString());

        await _app.ProcessFluxAsync();

        var (detailedStatus, detailed) = await _erp.CallAsync(Detailed, new { numeroFluxDepot = flux, syntaxeFlux = "IN_DP_E1_UBL_INVOICE" });
        Assert.Equal(200, detailedStatus);
        Assert.Equal("IN_INTEGRE", detailed.GetProperty("etatCourantDepotFlux").GetString());
        Assert.Equal($"FSO1100A_CPP001_{flux}", detailed.GetProperty("nomFichier").GetString());
        Assert.Equal("FSO1100A", detailed.GetProperty("codeInterfaceDepotFlux").GetString());
        Assert.Matches(@"^2026-11-26T10:00:00\.000\+01:00$", detailed.GetProperty("dateDepotFlux").GetString());
        Assert.Empty(detailed.GetProperty("listeErreurDP").EnumerateArray());
        var (_, report) = await _erp.CallAsync(Report, new { numeroFluxDepot = flux });
        Assert.Equal((flux, "IN_INTEGRE", "ubl_chorus_facture.xml"),
            (report.GetProperty("numeroFluxDepot").GetString(), report.GetProperty("etatCourantFlux").GetString(), report.GetProperty("nomFichierFlux").GetString()));
        Assert.Single(await _app.InvoicesOfFluxAsync(flux));
    }

    [Fact]
    public async Task PartlyBadLot_ListsTheRefusedInvoicesInTheDetailedReport()
    {
        var lot = FluxSteps.TarGz(
            ("ubl_chorus_facture_1.xml", EmisesSamples.Ubl(_w.Number("API2"), _w.SupplierSiret, _w.RecipientSiret)),
            ("ubl_chorus_facture_2.xml", EmisesSamples.Ubl(_w.Number("API3"), _w.SupplierSiret, _w.RecipientSiret, buyerReference: "INCONNU")));
        var (_, deposit) = await _erp.CallAsync(Deposit, new { fichierFlux = Convert.ToBase64String(lot), nomFichier = "lot.tar.gz", syntaxeFlux = "IN_DP_E1_UBL_INVOICE" });
        var flux = deposit.GetProperty("numeroFluxDepot").GetString()!;

        await _app.ProcessFluxAsync();

        var (_, detailed) = await _erp.CallAsync(Detailed, new { numeroFluxDepot = flux });
        Assert.Equal("IN_INTEGRE_PARTIEL", detailed.GetProperty("etatCourantDepotFlux").GetString());
        var error = Assert.Single(detailed.GetProperty("listeErreurDP").EnumerateArray());
        Assert.Equal((_w.Number("API3"), _w.SupplierSiret, _w.RecipientSiret),
            (error.GetProperty("numeroDP").GetString(), error.GetProperty("identifiantFournisseur").GetString(), error.GetProperty("identifiantDestinataire").GetString()));
        Assert.Contains("INCONNU", error.GetProperty("libelleErreurDP").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deposit_BadRequests_AreRefusedWithTheEnvelope()
    {
        var ubl = Convert.ToBase64String(EmisesSamples.Ubl(_w.Number("API4"), _w.SupplierSiret, _w.RecipientSiret));

        await AssertRefusedAsync(_erp, Deposit, new { fichierFlux = "pas du base64 !", syntaxeFlux = "IN_DP_E1_UBL_INVOICE" }, 400, 20002, "base64");
        await AssertRefusedAsync(_erp, Deposit, new { fichierFlux = ubl, syntaxeFlux = "IN_DP_E1_XCBL" }, 400, 20003, "XCBL");
        await AssertRefusedAsync(_erp, Deposit, new { fichierFlux = ubl }, 400, 20003, "syntaxeFlux");
        var recipientAccount = await CproClient.CreateAsync(_app, _w.Recipient, Space.FacturesRecues);
        await AssertRefusedAsync(recipientAccount, Deposit, new { fichierFlux = ubl, syntaxeFlux = "IN_DP_E1_UBL_INVOICE" }, 403, 20001, "GDP_MSG_11.005");
    }

    [Fact]
    public async Task Reports_OfAnotherStructuresFlux_OrOfAnUnknownNumber_AreRefused()
    {
        var flux = await _app.DepositOkAsync(_w, "f.xml", EmisesSamples.Ubl(_w.Number("API5"), _w.SupplierSiret, _w.RecipientSiret));
        var other = await EmisesWorld.CreateAsync(_app);
        var otherErp = await CproClient.CreateAsync(_app, other.Supplier, Space.FacturesEmises);

        await AssertRefusedAsync(otherErp, Detailed, new { numeroFluxDepot = flux }, 403, 20001, flux);
        await AssertRefusedAsync(otherErp, Report, new { numeroFluxDepot = flux }, 403, 20001, flux);
        await AssertRefusedAsync(_erp, Detailed, new { numeroFluxDepot = "CPP0011100999999999999999" }, 400, 20000, "GDP_MSG_11.008");
        await AssertRefusedAsync(_erp, Detailed, new { numeroFluxDepot = "" }, 400, 20002, "numeroFluxDepot");
    }

    private static async Task AssertRefusedAsync(CproClient client, string path, object body, int status, int codeRetour, string words)
    {
        var (actual, json) = await client.CallAsync(path, body);
        Assert.Equal((status, codeRetour), (actual, json.GetProperty("codeRetour").GetInt32()));
        Assert.Contains(words, json.GetProperty("libelle").GetString(), StringComparison.Ordinal);
        Assert.False(json.TryGetProperty("numeroFluxDepot", out var number) && number.ValueKind == JsonValueKind.String);
    }
}
