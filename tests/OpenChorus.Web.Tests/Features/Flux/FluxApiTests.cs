using System.Text.Json;
using OpenChorus.Web.Features.Structures;
using OpenChorus.Web.Tests.Features.Invoices.Emises;
using OpenChorus.Web.Tests.Infrastructure;

namespace OpenChorus.Web.Tests.Features.Flux;

/// <summary>The flux operations over HTTP with a technical account: deposer/flux answers the number at once, the
/// comptes rendus follow the states and list the errors, and other structures' flux stay out of reach.</summary>
public sealed class FluxApiTests(TestApp app) : SupplierErpTests(app)
{
    private const string Deposit = "/cpro/factures/v1/deposer/flux";
    private const string Detailed = "/cpro/transverses/v1/consulterCRDetaille";
    private const string Report = "/cpro/transverses/v1/consulterCR";

    [Fact]
    public async Task DepositThenPoll_FollowsTheFluxUntilIntegrated()
    {
        var number = W.Number("API1");
        var (status, deposit) = await Erp.CallAsync(Deposit, new
        {
            fichierFlux = Convert.ToBase64String(EmisesSamples.Ubl(number, W.SupplierSiret, W.RecipientSiret)),
            nomFichier = "ubl_chorus_facture.xml",
            syntaxeFlux = "IN_DP_E1_UBL_INVOICE",
            avecSignature = "false",
            idUtilisateurCourant = 0,
        });

        Assert.Equal(200, status);
        Assert.Equal((0, "2026-11-26", "IN_DP_E1_UBL_INVOICE"), (deposit.GetProperty("codeRetour").GetInt32(), deposit.GetProperty("dateDepot").GetString(), deposit.GetProperty("syntaxeFlux").GetString()));
        var flux = deposit.GetProperty("numeroFluxDepot").GetString()!;
        Assert.Matches("^CPP0011100[0-9]{15}$", flux);
        Assert.Equal("IN_RECU", (await Erp.CallAsync(Detailed, new { numeroFluxDepot = flux })).Body.GetProperty("etatCourantDepotFlux").GetString());

        await App.ProcessFluxAsync();

        var (detailedStatus, detailed) = await Erp.CallAsync(Detailed, new { numeroFluxDepot = flux, syntaxeFlux = "IN_DP_E1_UBL_INVOICE" });
        Assert.Equal(200, detailedStatus);
        Assert.Equal("IN_INTEGRE", detailed.GetProperty("etatCourantDepotFlux").GetString());
        Assert.Equal($"FSO1100A_CPP001_{flux}", detailed.GetProperty("nomFichier").GetString());
        Assert.Equal("FSO1100A", detailed.GetProperty("codeInterfaceDepotFlux").GetString());
        Assert.Matches(@"^2026-11-26T10:00:00\.000\+01:00$", detailed.GetProperty("dateDepotFlux").GetString());
        Assert.Empty(detailed.GetProperty("listeErreurDP").EnumerateArray());
        var (_, report) = await Erp.CallAsync(Report, new { numeroFluxDepot = flux });
        Assert.Equal((flux, "IN_INTEGRE", "ubl_chorus_facture.xml"),
            (report.GetProperty("numeroFluxDepot").GetString(), report.GetProperty("etatCourantFlux").GetString(), report.GetProperty("nomFichierFlux").GetString()));
        Assert.Single(await App.InvoicesOfFluxAsync(flux));
    }

    [Fact]
    public async Task PartlyBadLot_ListsTheRefusedInvoicesInTheDetailedReport()
    {
        var lot = FluxSteps.TarGz(
            ("ubl_chorus_facture_1.xml", EmisesSamples.Ubl(W.Number("API2"), W.SupplierSiret, W.RecipientSiret)),
            ("ubl_chorus_facture_2.xml", EmisesSamples.Ubl(W.Number("API3"), W.SupplierSiret, W.RecipientSiret, buyerReference: "INCONNU")));
        var (_, deposit) = await Erp.CallAsync(Deposit, new { fichierFlux = Convert.ToBase64String(lot), nomFichier = "lot.tar.gz", syntaxeFlux = "IN_DP_E1_UBL_INVOICE" });
        var flux = deposit.GetProperty("numeroFluxDepot").GetString()!;

        await App.ProcessFluxAsync();

        var (_, detailed) = await Erp.CallAsync(Detailed, new { numeroFluxDepot = flux });
        Assert.Equal("IN_INTEGRE_PARTIEL", detailed.GetProperty("etatCourantDepotFlux").GetString());
        var error = Assert.Single(detailed.GetProperty("listeErreurDP").EnumerateArray());
        Assert.Equal((W.Number("API3"), W.SupplierSiret, W.RecipientSiret),
            (error.GetProperty("numeroDP").GetString(), error.GetProperty("identifiantFournisseur").GetString(), error.GetProperty("identifiantDestinataire").GetString()));
        Assert.Contains("INCONNU", error.GetProperty("libelleErreurDP").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deposit_BadRequests_AreRefusedWithTheEnvelope()
    {
        var ubl = Convert.ToBase64String(EmisesSamples.Ubl(W.Number("API4"), W.SupplierSiret, W.RecipientSiret));

        await AssertRefusedAsync(Erp, Deposit, new { fichierFlux = "pas du base64 !", syntaxeFlux = "IN_DP_E1_UBL_INVOICE" }, 400, 20002, "base64");
        await AssertRefusedAsync(Erp, Deposit, new { fichierFlux = ubl, syntaxeFlux = "IN_DP_E1_XCBL" }, 400, 20003, "XCBL");
        await AssertRefusedAsync(Erp, Deposit, new { fichierFlux = ubl }, 400, 20003, "syntaxeFlux");
        var recipientAccount = await CproClient.CreateAsync(App, W.Recipient, Space.FacturesRecues);
        await AssertRefusedAsync(recipientAccount, Deposit, new { fichierFlux = ubl, syntaxeFlux = "IN_DP_E1_UBL_INVOICE" }, 403, 20001, "GDP_MSG_11.005");
    }

    [Fact]
    public async Task Reports_OfAnotherStructuresFlux_OrOfAnUnknownNumber_AreRefused()
    {
        var flux = await App.DepositOkAsync(W, "f.xml", EmisesSamples.Ubl(W.Number("API5"), W.SupplierSiret, W.RecipientSiret));
        var other = await EmisesWorld.CreateAsync(App);
        var otherErp = await CproClient.CreateAsync(App, other.Supplier, Space.FacturesEmises);

        await AssertRefusedAsync(otherErp, Detailed, new { numeroFluxDepot = flux }, 403, 20001, flux);
        await AssertRefusedAsync(otherErp, Report, new { numeroFluxDepot = flux }, 403, 20001, flux);
        await AssertRefusedAsync(Erp, Detailed, new { numeroFluxDepot = "CPP0011100999999999999999" }, 400, 20000, "GDP_MSG_11.008");
        await AssertRefusedAsync(Erp, Detailed, new { numeroFluxDepot = "" }, 400, 20002, "numeroFluxDepot");
    }

    private static async Task AssertRefusedAsync(CproClient client, string path, object body, int status, int codeRetour, string words)
    {
        var (actual, json) = await client.CallAsync(path, body);
        Assert.Equal((status, codeRetour), (actual, json.GetProperty("codeRetour").GetInt32()));
        Assert.Contains(words, json.GetProperty("libelle").GetString(), StringComparison.Ordinal);
        Assert.False(json.TryGetProperty("numeroFluxDepot", out var number) && number.ValueKind == JsonValueKind.String);
    }
}
