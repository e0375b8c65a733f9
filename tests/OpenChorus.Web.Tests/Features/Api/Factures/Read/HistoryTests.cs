using OpenChorus.Web.Features.Invoices;
using OpenChorus.Web.Tests.Infrastructure;
using static OpenChorus.Web.Tests.Features.Api.Factures.Read.ApiReadWorld;

namespace OpenChorus.Web.Tests.Features.Api.Factures.Read;

/// <summary>consulter/historique: what OCA and Pastell poll to follow an invoice — the current status and every
/// status change with its date, comment and author, for the supplier and the recipient alike.</summary>
public sealed class HistoryTests(TestApp app) : IClassFixture<TestApp>
{
    private const string History = "/cpro/factures/v1/consulter/historique";

    [Fact]
    public async Task History_AfterProcessing_ListsEveryStatusWithItsComment()
    {
        var world = await ApiReadWorld.CreateAsync(app);
        var id = await world.SendAsync(world.Number("H"));
        app.Clock.Advance(TimeSpan.FromMinutes(30));
        await world.ProcessAsync(id, RecipientAction.Suspendre, "Bon de commande absent");

        var (status, body) = await world.SupplierApi.CallAsync(History, new { idFacture = id, nbResultatsMaximum = 50 });

        Assert.Equal(200, status);
        Assert.Equal(0, body.GetProperty("codeRetour").GetInt32());
        Assert.Equal((id, world.Number("H"), "SUSPENDUE"), (body.GetProperty("idFacture").GetInt32(), Text(body, "numeroFacture"), Text(body, "statutCourantCode")));
        Assert.Equal("SAISIE_WEB", Text(body, "modeDepot"));
        var statuses = Items(body.GetProperty("historiquesDesStatuts"), "histoStatut");
        Assert.Equal(["DEPOSEE", "MISE_A_DISPOSITION", "SUSPENDUE"], statuses.Select(s => Text(s, "histoStatutCode")));
        var suspension = statuses[^1];
        Assert.Equal("Bon de commande absent", Text(suspension, "histoStatutCommentaire"));
        Assert.Matches(@"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$", Text(suspension, "histoStatutDatePassage"));
        Assert.Equal(3, body.GetProperty("historiquesDesStatuts").GetProperty("totalHistoStatut").GetInt32());
    }

    [Fact]
    public async Task History_Descending_PutsTheCurrentStatusFirst()
    {
        var world = await ApiReadWorld.CreateAsync(app);
        var id = await world.SendAsync(world.Number("D"));
        await world.ProcessAsync(id, RecipientAction.ServiceFait);

        var (_, body) = await world.RecipientApi.CallAsync(History, new
        {
            idFacture = id,
            paramRechercheHistoStatuts = new { pageResultatDemandeeListeHistoStatut = 1, nbResultatsParPageListeHistoStatut = 1, triSensListeHistoStatut = "Descendant" },
        });

        var only = Assert.Single(Items(body.GetProperty("historiquesDesStatuts"), "histoStatut"));
        Assert.Equal("SERVICE_FAIT", Text(only, "histoStatutCode"));
        Assert.Equal(3, body.GetProperty("historiquesDesStatuts").GetProperty("pagesHistoStatut").GetInt32());
    }

    [Fact]
    public async Task History_OfAnotherRecipientsInvoice_Is403()
    {
        var world = await ApiReadWorld.CreateAsync(app);
        var foreign = await world.SendAsync(world.Number("O"), recipientSiret: world.OtherRecipientSiret);

        var (status, body) = await world.RecipientApi.CallAsync(History, new { idFacture = foreign });

        Assert.Equal(403, status);
        Assert.Equal(20001, body.GetProperty("codeRetour").GetInt32());
    }
}
