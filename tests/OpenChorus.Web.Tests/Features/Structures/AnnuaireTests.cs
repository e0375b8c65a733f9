using Microsoft.EntityFrameworkCore;
using OpenChorus.Web.Tests.Infrastructure;

namespace OpenChorus.Web.Tests.Features.Structures;

/// <summary>"Annuaire": a supplier finds a public recipient's SIRET, requirements and active services; private or
/// inactive structures and inactive services are never listed.</summary>
public sealed class AnnuaireTests(TestApp app) : IClassFixture<TestApp>
{
    [Fact]
    public async Task Search_ByNameOrSiret_ListsActivePublicStructuresWithWhatTheyRequireAndTheirActiveServices()
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var principal = await app.CreateUserAsync($"annuaire-gp-{suffix}@example.org");
        var (_, siret) = await app.CreateRecipientAsync(principal, $"Mairie de Brême {suffix}", p => p.ServiceCodeRequired = true);
        await app.CreateStructureAsync(principal, $"Mairie privée {suffix}");
        var closed = await app.CreateStructureAsync(principal, $"Mairie fermée {suffix}", isPublic: true);
        await app.WithDbAsync(async db =>
        {
            (await db.Structures.SingleAsync(s => s.Id == closed)).IsActive = false;
            return await db.SaveChangesAsync();
        });
        var (portal, _) = await app.NewSignedInUserAsync($"annuaire-{suffix}@example.org");

        var byName = await portal.GetAsync($"/annuaire?q=mairie de breme {suffix}");
        var bySiret = await portal.GetAsync($"/annuaire?q={siret[..9]}");
        var others = await portal.GetAsync($"/annuaire?q=e {suffix}"); // the end of each of the three names

        var row = byName.QuerySelector("#resultats tbody tr")!.TextContent;
        Assert.Contains(siret, row);
        Assert.Contains("code service obligatoire", row);
        Assert.Contains("FINANCES — Direction des finances (numéro d'engagement obligatoire)", row);
        Assert.Contains("TECHNIQUE", row);
        Assert.DoesNotContain("ANCIEN", row);
        Assert.Contains($"Mairie de Brême {suffix}", bySiret.QuerySelector("#resultats")!.TextContent);
        var listed = others.QuerySelector("#resultats")!.TextContent;
        Assert.Contains($"Mairie de Brême {suffix}", listed);
        Assert.DoesNotContain("privée", listed);
        Assert.DoesNotContain("fermée", listed);
    }

    [Fact]
    public async Task Search_WithNoMatch_SaysSoInFrench()
    {
        var (portal, _) = await app.NewSignedInUserAsync($"annuaire-vide-{Guid.NewGuid():N}@example.org");

        var page = await portal.GetAsync("/annuaire?q=Zzyzx introuvable");

        Assert.Contains("Aucune structure publique active ne correspond à « Zzyzx introuvable ».", page.QuerySelector("#aucun-resultat")!.TextContent);
    }
}
