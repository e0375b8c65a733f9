using OpenChorus.Web.Features.Invoices;
using OpenChorus.Web.Tests.Infrastructure;
using static OpenChorus.Web.Tests.Features.Api.Factures.Read.ApiReadWorld;

namespace OpenChorus.Web.Tests.Features.Api.Factures.Read;

/// <summary>rechercher/recipiendaire and rechercher/atraiter/recipiendaire: what the public recipient's ERP (Pastell
/// and the like) pages through — never a brouillon, never another recipient's invoice.</summary>
public sealed class RecipientSearchTests(TestApp app) : IClassFixture<TestApp>
{
    private static readonly string[] Factures = ["FACTURE"];


    private const string Search = "/cpro/factures/v1/rechercher/recipiendaire";

    [Fact]
    public async Task Search_StatusAsAString_AnswersThePagingAtTopLevel()
    {
        var world = await ApiReadWorld.CreateAsync(app);
        var first = await world.SendAsync(world.Number("A"));
        await world.SendAsync(world.Number("B"));
        var suspended = await world.SendAsync(world.Number("S"));
        await world.ProcessAsync(suspended, RecipientAction.Suspendre, "Pièce manquante");

        var (status, body) = await world.RecipientApi.CallAsync(Search, new
        {
            idUtilisateurCourant = 219,
            typeDemandePaiement = "FACTURE",
            statutCourant = "MISE_A_DISPOSITION",
            listeTypeFacture = Factures,
            periodeDateFactureDu = "2026-11-01",
            periodeDateFactureAu = "2026-11-30T23:59:59",
            montantHTMin = (decimal?)null,
            factureTelechargeeParDestinataire = (bool?)null,
            paramRecherche = new { nbResultatsMaximum = 0, pageResultatDemandee = 1, nbResultatsParPage = 1, triSens = "Ascendant", triColonne = "NumeroFacture" },
        });

        Assert.Equal(200, status);
        Assert.Equal(0, body.GetProperty("codeRetour").GetInt32());
        Assert.Equal((1, 2, 1, 2), (body.GetProperty("pageCourante").GetInt32(), body.GetProperty("pages").GetInt32(),
            body.GetProperty("nbResultatsParPage").GetInt32(), body.GetProperty("total").GetInt32()));
        Assert.False(body.TryGetProperty("parametresRetour", out _));
        var item = Assert.Single(Items(body));
        Assert.Equal(first, item.GetProperty("idFacture").GetInt32());
        Assert.Equal("MISE_A_DISPOSITION", Text(item, "statut"));
        Assert.Equal(world.SupplierSiret, Text(item, "codeFournisseur"));
        Assert.Equal($"Fournisseur {world.Suffix}", Text(item, "designationFournisseur"));
        Assert.Equal("TECHNIQUE", Text(item, "codeServiceExecutant"));
        Assert.Equal("FACTURE", Text(item, "typeDemandePaiement"));
        Assert.Equal("2026-11-26", Text(item, "dateFacture"));
        Assert.False(item.GetProperty("factureTelechargeeParDestinataire").GetBoolean());
        Assert.Matches(@"^2026-11-26T10:00:00\.000\+01:00$", Text(item, "dateHeureEtatCourant"));
    }

    [Fact]
    public async Task Search_NeverShowsADraftNorAnotherRecipientsInvoice()
    {
        var world = await ApiReadWorld.CreateAsync(app);
        var mine = await world.SendAsync(world.Number("M"));
        await world.DraftAsync(world.Number("BR"));
        await world.SendAsync(world.Number("O"), recipientSiret: world.OtherRecipientSiret);

        var (_, body) = await world.RecipientApi.CallAsync(Search, new { paramRecherche = new { nbResultatsParPage = 100 } });
        var (_, asked) = await world.RecipientApi.CallAsync(Search, new { idDestinataire = world.OtherRecipient });

        Assert.Equal([mine], Items(body).Select(i => i.GetProperty("idFacture").GetInt32()));
        Assert.Equal(1, body.GetProperty("total").GetInt32());
        Assert.Equal(20000, asked.GetProperty("codeRetour").GetInt32());
        Assert.Empty(Items(asked));
    }

    [Fact]
    public async Task Search_PagesUntilTheLastPage_AsPastellDoes()
    {
        var world = await ApiReadWorld.CreateAsync(app);
        var sent = new List<int>();
        for (var n = 0; n < 5; n++)
        {
            sent.Add(await world.SendAsync(world.Number($"P{n}")));
        }

        var seen = new List<int>();
        for (var page = 1; ; page++)
        {
            var (_, body) = await world.RecipientApi.CallAsync(Search, new { paramRecherche = new { pageResultatDemandee = page, nbResultatsParPage = 2 } });
            seen.AddRange(Items(body).Select(i => i.GetProperty("idFacture").GetInt32()));
            if (body.GetProperty("pageCourante").GetInt32() >= body.GetProperty("pages").GetInt32())
            {
                break;
            }
        }

        Assert.Equal(sent.Order(), seen.Order());
    }

    [Fact]
    public async Task ToProcess_ListsWhatTheRecipientCanStillMove()
    {
        var world = await ApiReadWorld.CreateAsync(app);
        var available = await world.SendAsync(world.Number("A"));
        var serviceFait = await world.SendAsync(world.Number("F"));
        var rejected = await world.SendAsync(world.Number("R"));
        await world.ProcessAsync(serviceFait, RecipientAction.ServiceFait);
        await world.ProcessAsync(rejected, RecipientAction.Rejeter, "Hors marché");

        var (status, body) = await world.RecipientApi.CallAsync("/cpro/factures/v1/rechercher/atraiter/recipiendaire", new
        {
            idStructure = world.Recipient,
            parametreRechercheFactureATraiterParRecipiendaire = new { getnbResultatsMaximum = 10, nbResultatsParPage = 10 },
        });

        Assert.Equal(200, status);
        Assert.Equal([available, serviceFait], Items(body).Select(i => i.GetProperty("idFacture").GetInt32()).Order());
        Assert.Equal(2, body.GetProperty("parametresRetour").GetProperty("total").GetInt32());
    }
}
