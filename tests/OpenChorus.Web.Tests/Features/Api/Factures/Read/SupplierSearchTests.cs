using OpenChorus.Web.Features.Invoices;
using OpenChorus.Web.Tests.Infrastructure;
using static OpenChorus.Web.Tests.Features.Api.Factures.Read.ApiReadWorld;

namespace OpenChorus.Web.Tests.Features.Api.Factures.Read;

/// <summary>rechercher/fournisseur, rechercher/atraiter/fournisseur and rechercher/demandePaiement as an ERP calls
/// them: the supplier's own invoices only, paged, sorted, with the fields it maps.</summary>
public sealed class SupplierSearchTests(TestApp app) : IClassFixture<TestApp>
{
    private static readonly string[] Rejected = ["REJETEE"];


    private const string Search = "/cpro/factures/v1/rechercher/fournisseur";

    [Fact]
    public async Task Search_OwnInvoices_AnswersThePageWithTheFieldsAndPaging()
    {
        var world = await ApiReadWorld.CreateAsync(app);
        var first = await world.SendAsync(world.Number("A"), 1200m);
        await world.SendAsync(world.Number("B"), 600m);
        await world.SendAsync(world.Number("C"), 300m);

        var (status, body) = await world.SupplierApi.CallAsync(Search, new
        {
            idUtilisateurCourant = 0,
            numeroFluxDepot = "",
            rechercheFactureParFournisseur = new { pageResultatDemandee = 1, nbResultatsParPage = 2, triColonne = "NumeroFacture", triSense = "Ascendant " },
        });

        Assert.Equal(200, status);
        Assert.Equal(0, body.GetProperty("codeRetour").GetInt32());
        var paging = body.GetProperty("parametresRetour");
        Assert.Equal((1, 2, 2, 3), (paging.GetProperty("pageCourante").GetInt32(), paging.GetProperty("pages").GetInt32(),
            paging.GetProperty("nbResultatsParPage").GetInt32(), paging.GetProperty("total").GetInt32()));
        var items = Items(body);
        Assert.Equal([world.Number("A"), world.Number("B")], items.Select(i => Text(i, "numeroFacture")));
        var item = items[0];
        Assert.Equal(first, item.GetProperty("identifiantFactureCPP").GetInt32());
        Assert.Equal("MISE_A_DISPOSITION", Text(item, "statut"));
        Assert.Equal(world.RecipientSiret, Text(item, "codeDestinataire"));
        Assert.Equal(world.Recipient, item.GetProperty("idDestinataire").GetInt32());
        Assert.Equal("TECHNIQUE", Text(item, "codeServiceExecutant"));
        Assert.Equal(world.SupplierSiret, Text(item, "codeFournisseur"));
        Assert.Equal("SIRET", Text(item, "typeIdentifiantFournisseur"));
        Assert.Equal("FACTURE", Text(item, "typeFacture"));
        Assert.Equal("2026-11-26", Text(item, "dateDepot"));
        Assert.Equal(1200m, item.GetProperty("montantAPayer").GetDecimal());
        Assert.Equal("EUR", Text(item, "devise"));
        Assert.False(item.GetProperty("rejetTraite").GetBoolean());

        var (_, second) = await world.SupplierApi.CallAsync(Search, new
        {
            rechercheFactureParFournisseur = new { pageResultatDemandee = 2, nbResultatsParPage = 2, triColonne = "NumeroFacture", triSens = "Ascendant" },
        });
        Assert.Equal([world.Number("C")], Items(second).Select(i => Text(i, "numeroFacture")));
    }

    [Fact]
    public async Task Search_ByStatusAndAmount_FiltersInSql()
    {
        var world = await ApiReadWorld.CreateAsync(app);
        var rejected = await world.SendAsync(world.Number("R"), 800m);
        await world.SendAsync(world.Number("M"), 900m);
        await world.ProcessAsync(rejected, RecipientAction.Rejeter, "Doublon");

        var (_, body) = await world.SupplierApi.CallAsync(Search, new { statutCourant = Rejected, montantApayerMin = 700, montantApayerMax = 850 });

        var item = Assert.Single(Items(body));
        Assert.Equal(rejected, item.GetProperty("identifiantFactureCPP").GetInt32());
        Assert.Equal("REJETEE", Text(item, "statut"));
        Assert.Equal("Doublon", Text(item, "commentaireEtatCourant"));
    }

    [Fact]
    public async Task Search_NothingFound_Answers200With20000AndAnEmptyList()
    {
        var world = await ApiReadWorld.CreateAsync(app);
        await world.SendAsync(world.Number("A"));

        var (status, body) = await world.SupplierApi.CallAsync(Search, new { numeroFacture = "INEXISTANTE" });

        Assert.Equal(200, status);
        Assert.Equal(20000, body.GetProperty("codeRetour").GetInt32());
        Assert.StartsWith("TRA_MSG_00.015", Text(body, "libelle"), StringComparison.Ordinal);
        Assert.Empty(Items(body));
        Assert.Equal(0, body.GetProperty("parametresRetour").GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Search_AnotherSuppliersId_ShowsNothingOfIt()
    {
        var world = await ApiReadWorld.CreateAsync(app);
        var other = await ApiReadWorld.CreateAsync(app);
        await other.SendAsync(other.Number("X"));

        var (_, body) = await world.SupplierApi.CallAsync(Search, new { idFournisseur = other.Supplier });

        Assert.Equal(20000, body.GetProperty("codeRetour").GetInt32());
        Assert.Empty(Items(body));
    }

    [Fact]
    public async Task ToProcess_ListsSuspendedAndUnacknowledgedRejections()
    {
        var world = await ApiReadWorld.CreateAsync(app);
        var suspended = await world.SendAsync(world.Number("S"));
        var rejected = await world.SendAsync(world.Number("R"));
        await world.SendAsync(world.Number("M"));
        await world.ProcessAsync(suspended, RecipientAction.Suspendre, "Bon de livraison manquant");
        await world.ProcessAsync(rejected, RecipientAction.Rejeter, "Doublon");

        var (_, all) = await world.SupplierApi.CallAsync("/cpro/factures/v1/rechercher/atraiter/fournisseur", new { idStructure = world.Supplier });
        var (_, hidden) = await world.SupplierApi.CallAsync("/cpro/factures/v1/rechercher/atraiter/fournisseur", new { masquerRejetee = true });

        Assert.Equal([suspended, rejected], Items(all).Select(i => i.GetProperty("identifiantFactureCPP").GetInt32()).Order());
        Assert.Equal(2, all.GetProperty("parametresRetour").GetProperty("total").GetInt32());
        Assert.Equal([suspended], Items(hidden).Select(i => i.GetProperty("identifiantFactureCPP").GetInt32()));
    }

    [Fact]
    public async Task DemandePaiement_AsSupplier_ListsTheInvoicesWithTheirTotal()
    {
        var world = await ApiReadWorld.CreateAsync(app);
        var id = await world.SendAsync(world.Number("D"));

        var (status, body) = await world.SupplierApi.CallAsync("/cpro/factures/v1/rechercher/demandePaiement",
            new { roleUtilisateur = "FOURNISSEUR", statutCourant = "MISE_A_DISPOSITION" });

        Assert.Equal(200, status);
        var item = Assert.Single(Items(body, "listeDemandePaiement"));
        Assert.Equal(id, item.GetProperty("idDemandePaiement").GetInt32());
        Assert.Equal(world.Number("D"), Text(item, "numeroDemandePaiement"));
        Assert.Equal("A1_FACTURE_FOURNISSEUR", Text(item, "cadreFacturation"));
        Assert.Equal("MISE_A_DISPOSITION", Text(item, "etatCourant"));
        Assert.Equal(1, body.GetProperty("total").GetInt32());
    }
}
