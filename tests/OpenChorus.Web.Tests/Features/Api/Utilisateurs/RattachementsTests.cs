using Microsoft.EntityFrameworkCore;
using OpenChorus.Web.Features.Structures;
using OpenChorus.Web.Tests.Infrastructure;

namespace OpenChorus.Web.Tests.Features.Api.Utilisateurs;

/// <summary>monCompte/recuperer/rattachements: what the technical account is attached to.</summary>
public sealed class RattachementsTests(TestApp app) : IClassFixture<TestApp>
{
    private const string Path = "/cpro/utilisateurs/v1/monCompte/recuperer/rattachements";

    [Fact]
    public async Task Rattachements_OfTheTechnicalAccount_AreItsStructureAndEveryService()
    {
        var principal = await app.CreateUserAsync($"gp-{Guid.NewGuid():N}@example.org");
        var (id, siret) = await app.CreateRecipientAsync(principal, "Commune rattachée");
        var client = await CproClient.CreateAsync(app, id, Space.FacturesRecues);

        var (status, json) = await client.CallAsync(Path, new { parametresRecherche = new { nbResultatsParPage = 10, triSense = "Ascendant " } });

        Assert.Equal(200, status);
        var attachment = Assert.Single(json.GetProperty("listeStructureRattachement").EnumerateArray());
        Assert.Equal(id, attachment.GetProperty("idStructure").GetInt32());
        Assert.Equal(siret, attachment.GetProperty("identifiantStructure").GetString());
        Assert.Equal("SIRET", attachment.GetProperty("typeIdentifiantStructure").GetString());
        Assert.Equal("UTILISATEUR", attachment.GetProperty("roleUtilisateur").GetString());
        Assert.Equal("VALIDEE", attachment.GetProperty("statutRattachementStructure").GetString());
        var services = attachment.GetProperty("listeServicesRattache").EnumerateArray().ToList();
        Assert.Equal(["ANCIEN", "FINANCES", "TECHNIQUE"], services.Select(s => s.GetProperty("codeService").GetString()));
        Assert.False(services[0].GetProperty("estActif").GetBoolean());
        Assert.Equal("INACTIF", services[0].GetProperty("statutService").GetString());
        Assert.Equal(1, json.GetProperty("parametresRetour").GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Rattachements_OfAnAccountLimitedToAService_ListOnlyThatService()
    {
        var principal = await app.CreateUserAsync($"gp-{Guid.NewGuid():N}@example.org");
        var (id, _) = await app.CreateRecipientAsync(principal, "Commune limitée");
        var client = await CproClient.CreateAsync(app, id, Space.FacturesRecues);
        await app.WithDbAsync(async db =>
        {
            var finances = await db.Services.SingleAsync(s => s.StructureId == id && s.Code == "FINANCES");
            db.ServiceRestrictions.Add(new ServiceRestriction { StructureId = id, UserId = client.UserId, ServiceId = finances.Id });
            return await db.SaveChangesAsync();
        });

        var (_, json) = await client.CallAsync(Path, new { });

        var service = Assert.Single(json.GetProperty("listeStructureRattachement")[0].GetProperty("listeServicesRattache").EnumerateArray());
        Assert.Equal("FINANCES", service.GetProperty("codeService").GetString());
        Assert.True(service.GetProperty("idRattachementService").GetInt64() > 0);
    }
}
