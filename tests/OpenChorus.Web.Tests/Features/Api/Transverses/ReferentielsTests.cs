using System.Text.Json;
using OpenChorus.Web.Features.Structures;
using OpenChorus.Web.Tests.Infrastructure;

namespace OpenChorus.Web.Tests.Features.Api.Transverses;

/// <summary>The Transverses referentials answer the documented codes, to the bodies real clients send (<c>{}</c>,
/// codeLangue "fr" or "EN").</summary>
public sealed class ReferentielsTests(TestApp app) : IClassFixture<TestApp>, IAsyncLifetime
{
    private const string Base = "/cpro/transverses/v1/";
    private CproClient _client = null!;

    public async ValueTask InitializeAsync()
    {
        var principal = await app.CreateUserAsync($"gp-{Guid.NewGuid():N}@example.org");
        var structure = await app.CreateStructureAsync(principal, "Fournisseur des référentiels");
        _client = await CproClient.CreateAsync(app, structure, Space.FacturesEmises);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task TauxTva_ListsFranchiseEnBaseAndTheFrenchRates()
    {
        var json = await OkAsync("recuperer/tauxtva", new { codeLangue = "fr" });

        var rates = json.GetProperty("listeTauxTva").EnumerateArray().ToList();
        var tva1 = rates.Single(r => r.GetProperty("codeTauxTva").GetString() == "TVA1");
        Assert.Equal("Art 293B(FranchiseEnBase)", tva1.GetProperty("libelleTauxTva").GetString());
        Assert.Equal(0m, tva1.GetProperty("valeurTauxTva").GetDecimal());
        var values = rates.Select(r => r.GetProperty("valeurTauxTva").GetDecimal()).ToHashSet();
        Assert.Superset(new HashSet<decimal> { 20m, 10m, 5.5m, 2.1m, 0m }, values);
        Assert.All(rates, r => Assert.Matches(@"^TVA\d+$", r.GetProperty("codeTauxTva").GetString()));
    }

    [Theory]
    [InlineData("fr", "Allemagne")]
    [InlineData("EN", "Germany")]
    [InlineData(null, "Allemagne")]
    public async Task Pays_NamesCountriesInTheLanguageAsked(string? codeLangue, string germany)
    {
        var json = await OkAsync("recuperer/pays", new { codeLangue });

        var countries = json.GetProperty("listePays").EnumerateArray().ToList();
        Assert.True(countries.Count > 240);
        Assert.Equal(germany, countries.Single(c => c.GetProperty("codePays").GetString() == "DE").GetProperty("libellePays").GetString());
        Assert.Contains(countries, c => c.GetProperty("codePays").GetString() == "FR");
    }

    [Fact]
    public async Task Devises_HoldTheEuro()
    {
        var json = await OkAsync("recuperer/devises", new { codeLangue = "FR" });

        Assert.Contains(json.GetProperty("listeDevises").EnumerateArray(),
            d => d.GetProperty("codeDevise").GetString() == "EUR" && d.GetProperty("libelleDevise").GetString() == "Euro");
    }

    [Fact]
    public async Task EtatsTraitement_FromMiseADisposition_ListsTheEightTargets()
    {
        var json = await OkAsync("recuperer/etats/traitement", new { statutCourant = "MISE_A_DISPOSITION" });

        var targets = json.GetProperty("listeStatutsPossiblesPourTraitement").EnumerateArray()
            .Select(s => s.GetProperty("statutPossiblePourTraitement").GetString()).ToList();
        Assert.Equal(8, targets.Count);
        Assert.Equal(
            ["A_RECYCLER", "COMPTABILISEE", "MANDATEE", "MISE_A_DISPOSITION_COMPTABLE", "MISE_EN_PAIEMENT", "REJETEE", "SERVICE_FAIT", "SUSPENDUE"],
            targets.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task EtatsTraitement_FromMandatee_OnlyGoesForward()
    {
        var json = await OkAsync("recuperer/etats/traitement", new { statutCourant = "MANDATEE" });

        Assert.Equal(["MISE_A_DISPOSITION_COMPTABLE", "COMPTABILISEE", "MISE_EN_PAIEMENT"],
            json.GetProperty("listeStatutsPossiblesPourTraitement").EnumerateArray().Select(s => s.GetProperty("statutPossiblePourTraitement").GetString()));
    }

    [Fact]
    public async Task EtatsTraitement_UnknownStatus_Is400()
    {
        var (status, json) = await _client.CallAsync(Base + "recuperer/etats/traitement", new { statutCourant = "PAS_UN_STATUT" });

        Assert.Equal(400, status);
        Assert.Equal(20000, json.GetProperty("codeRetour").GetInt32());
    }

    [Theory]
    [InlineData("recuperer/modereglements", "listeModePaiement", "modePaiement", "VIREMENT", 6)]
    [InlineData("recuperer/modedepot", "listeModeDepot", "modeDepot", "SAISIE_API", 15)]
    [InlineData("recuperer/formatflux", "listeFormatFlux", "formatFlux", "IN_DP_E2_FACTURX", 3)]
    [InlineData("recuperer/typedp", "listeTypeDemandePaiement", "typeDemandePaiement", "FACTURE", 4)]
    [InlineData("recuperer/typefacturetravaux", "listeTypeFactureTravaux", "typeFactureTravaux", "ETAT_ACOMPTE", 11)]
    [InlineData("recuperer/typeidentifiant/structure", "listeTypeIdentifiant", "typeIdentifiantStructure", "UE_HORS_FRANCE", 7)]
    public async Task CodeLists_WithAnEmptyBody_AnswerTheDocumentedCodes(string path, string list, string field, string expected, int count)
    {
        var json = await OkAsync(path, new { });

        var codes = json.GetProperty(list).EnumerateArray().Select(e => e.GetProperty(field).GetString()).ToList();
        Assert.Equal(count, codes.Count);
        Assert.Contains(expected, codes);
    }

    [Fact]
    public async Task CadreFacturation_OfInvoices_IsTheFourCadresOfFacturesEmises()
    {
        var json = await OkAsync("recuperer/cadrefacturation", new { typeDemandePaiement = "FACTURE" });

        Assert.Equal(["A1_FACTURE_FOURNISSEUR", "A2_FACTURE_FOURNISSEUR_DEJA_PAYEE", "A9_FACTURE_SOUSTRAITANT", "A12_FACTURE_COTRAITANT"],
            json.GetProperty("listeCadreFacturation").EnumerateArray().Select(c => c.GetProperty("codeCadreFacturation").GetString()));
    }

    [Fact]
    public async Task EtatTypeDp_OfInvoices_ListsTheirStatuses()
    {
        var json = await OkAsync("recuperer/etat/typedp", new { typeDemandePaiement = "FACTURE" });

        var states = json.GetProperty("listeEtatDemandePaiement").EnumerateArray().Select(e => e.GetProperty("etatDemandePaiement").GetString()).ToList();
        Assert.Contains("MISE_A_DISPOSITION", states);
        Assert.Contains("MISE_EN_PAIEMENT", states);
        Assert.Contains("INTERPRETEE_OCR", states);
    }

    [Fact]
    public async Task MotifsExoneration_TypesPjAndMotifsRefus_Answer()
    {
        var motifs = await OkAsync("recuperer/motifs/exonerationtva", new { codeLangue = "FR" });
        var typesPj = await OkAsync("recuperer/typespj", new { typeObjet = "FACTURE", codeLangue = "EN" });
        var refus = await OkAsync("recuperer/motifs/refus/Facture/AValider", new { codeCadreFacturationAValider = "A9_FACTURE_SOUSTRAITANT" });

        Assert.Contains(motifs.GetProperty("listeMotifsExonerationTva").EnumerateArray(),
            m => m.GetProperty("codeMotifExonerationTva").GetString() == "VATEX-FR-FRANCHISE");
        Assert.All(typesPj.GetProperty("listeTypePieceJointe").EnumerateArray(), t => Assert.Equal("FACTURE", t.GetProperty("typeObjet").GetString()));
        Assert.Contains(typesPj.GetProperty("listeTypePieceJointe").EnumerateArray(), t => t.GetProperty("libelleTypePieceJointe").GetString() == "Purchase order");
        Assert.NotEmpty(refus.GetProperty("listeMotifRefusFactureAValider").EnumerateArray());
    }

    [Fact]
    public async Task CategoriesSollicitation_AndTheirSubCategories_Answer()
    {
        var categories = await OkAsync("rechercher/categorieSollicitation", new { pagination = new { nbResultatsParPage = 2 } });
        var id = categories.GetProperty("listeCategories")[0].GetProperty("idTechniqueCategorie").GetInt64();
        var sub = await OkAsync("rechercher/sousCategorieSollicitation", new { idTechniqueCategorie = id });

        Assert.Equal(2, categories.GetProperty("listeCategories").GetArrayLength());
        Assert.Equal(2, categories.GetProperty("parametresRetour").GetProperty("pages").GetInt32());
        Assert.All(sub.GetProperty("listeSousCategories").EnumerateArray(),
            s => Assert.Equal(id, s.GetProperty("categorie")[0].GetProperty("idTechniqueCategorie").GetInt64()));
    }

    private async Task<JsonElement> OkAsync(string path, object body)
    {
        var (status, json) = await _client.CallAsync(Base + path, body);
        Assert.Equal(200, status);
        Assert.Equal(0, json.GetProperty("codeRetour").GetInt32());
        Assert.Equal("TRA_MSG_00.000", json.GetProperty("libelle").GetString());
        return json;
    }
}
