using OpenChorus.Web.Features.Structures;
using OpenChorus.Web.Tests.Features.Invoices.AValider;
using OpenChorus.Web.Tests.Infrastructure;
using static OpenChorus.Web.Tests.Features.Api.Factures.Read.ApiReadWorld;

namespace OpenChorus.Web.Tests.Features.Api.Factures.Read;

/// <summary>The titulaire's reads: rechercher/valideur, rechercher/aTraiter/valideur, consulter/valideur and
/// recuperer/statutsFactureVisibles/valideur, through a technical account with "Factures à valider".</summary>
public sealed class ValidatorReadTests(TestApp app) : IClassFixture<TestApp>
{
    private static readonly string[] ToValidate = ["A_VALIDER_1"];


    [Fact]
    public async Task Searches_ListTheSubcontractorsInvoicesToValidate()
    {
        var circuit = await ValidationCircuit.CreateAsync(app);
        var id = await circuit.SendAsync($"ST-{circuit.Suffix}");
        var api = await CproClient.CreateAsync(app, circuit.Titulaire, Space.FacturesAValider);

        var (status, body) = await api.CallAsync("/cpro/factures/v1/rechercher/valideur", new
        {
            statutCourant = ToValidate,
            pagination = new { pageResultatDemandee = 1, nbResultatsParPage = 10, triColonne = "DateDepot", triSens = "Descendant" },
        });
        var (_, toProcess) = await api.CallAsync("/cpro/factures/v1/rechercher/aTraiter/valideur", new
        {
            idStructure = circuit.Titulaire,
            typeIdentifiantStructure = "SIRET",
            identifiantStructure = circuit.TitulaireSiret,
            pagination = new { nbResultatsParPage = 10 },
        });

        Assert.Equal(200, status);
        var item = Assert.Single(Items(body));
        Assert.Equal(id, item.GetProperty("idFacture").GetInt32());
        Assert.Equal(circuit.Supplier, item.GetProperty("idFournisseur").GetInt32());
        Assert.Equal(circuit.Titulaire, item.GetProperty("idValideur").GetInt32());
        Assert.Equal(circuit.TitulaireSiret, Text(item, "identifiantValideur"));
        Assert.Equal(circuit.RecipientSiret, Text(item, "identifiantDestinataire"));
        Assert.Equal("A_VALIDER_1", Text(item, "statut"));
        Assert.Equal(1, body.GetProperty("parametresRetour").GetProperty("total").GetInt32());
        Assert.Equal([id], Items(toProcess).Select(i => i.GetProperty("idFacture").GetInt32()));
    }

    [Fact]
    public async Task Consult_AsValidator_AnswersTheFrameAndTheValidator()
    {
        var circuit = await ValidationCircuit.CreateAsync(app);
        var id = await circuit.SendAsync($"ST-{circuit.Suffix}");
        var api = await CproClient.CreateAsync(app, circuit.Titulaire, Space.FacturesAValider);

        var (status, body) = await api.CallAsync("/cpro/factures/v1/consulter/valideur", new { identifiantFactureCPP = id, codeLangue = "fr" });

        Assert.Equal(200, status);
        var frame = body.GetProperty("facture").GetProperty("cadreDeFacturation");
        Assert.Equal(("A9_FACTURE_SOUSTRAITANT", circuit.TitulaireSiret), (Text(frame, "codeCadreFacturation"), Text(frame, "codeValideur1")));
        Assert.Equal("A_VALIDER_1", Text(body.GetProperty("facture"), "statutFacture"));
    }

    [Fact]
    public async Task VisibleStatuses_AnswersTheCodesButNotTheDraft()
    {
        var circuit = await ValidationCircuit.CreateAsync(app);
        var api = await CproClient.CreateAsync(app, circuit.Titulaire, Space.FacturesAValider);
        var supplierApi = await CproClient.CreateAsync(app, circuit.Supplier, Space.FacturesEmises);

        var (status, body) = await api.CallAsync("/cpro/factures/v1/recuperer/statutsFactureVisibles/valideur", new { });
        var (refused, _) = await supplierApi.CallAsync("/cpro/factures/v1/recuperer/statutsFactureVisibles/valideur", new { });

        Assert.Equal(200, status);
        var codes = Items(body, "listeStatutFacture").Select(s => Text(s, "codeStatutFacture")).ToList();
        Assert.Contains("A_VALIDER_1", codes);
        Assert.Contains("VALIDEE_1", codes);
        Assert.DoesNotContain("BROUILLON", codes);
        Assert.DoesNotContain("INTERPRETEE_OCR", codes);
        Assert.Equal(403, refused);
    }
}
