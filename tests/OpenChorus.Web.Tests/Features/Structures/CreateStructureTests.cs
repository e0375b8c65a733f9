using Microsoft.EntityFrameworkCore;
using OpenChorus.Web.Features.Structures;
using OpenChorus.Web.Tests.Infrastructure;

namespace OpenChorus.Web.Tests.Features.Structures;

public sealed class CreateStructureTests(TestApp app) : IClassFixture<TestApp>
{
    private static Dictionary<string, string> Form(string siret, string name = "Menuiserie Martin") => new()
    {
        ["Input.IdentifierType"] = "Siret",
        ["Input.Identifier"] = siret,
        ["Input.CompanyName"] = name,
        ["Input.AddressLine"] = "3 rue des Lilas",
        ["Input.PostalCode"] = "69001",
        ["Input.City"] = "Lyon",
        ["Input.Email"] = "contact@martin.example",
    };

    [Fact]
    public async Task Post_ValidSiret_CreatesPrivateStructureWithCreatorAsPrincipalAndDefaultSpaces()
    {
        var (portal, userId) = await app.NewSignedInUserAsync("createur@example.org");
        var siret = TestStructures.NewSiret();

        var page = await portal.SubmitAsync("/structures/create", Form(siret));

        Assert.Contains("Menuiserie Martin", page.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        var structure = await app.WithDbAsync(db => db.Structures.SingleAsync(s => s.Identifier == siret));
        Assert.False(structure.IsPublic);
        var membership = await app.WithDbAsync(db => db.Memberships.SingleAsync(m => m.StructureId == structure.Id));
        Assert.Equal((userId, StructureRole.PrincipalManager), (membership.UserId, membership.Role));
        var spaces = await app.WithDbAsync(db => db.StructureSpaces.Where(o => o.StructureId == structure.Id).Select(o => o.Space).ToListAsync());
        Assert.Equal([Space.FacturesEmises, Space.SollicitationsEmises, Space.SollicitationsRecues], spaces.Order());
        var subscriptions = await app.WithDbAsync(db => db.Subscriptions.Where(s => s.UserId == userId).ToListAsync());
        Assert.Equal(3, subscriptions.Count);
        Assert.All(subscriptions, s => Assert.Equal(AccessMode.Modification, s.Mode));
        var menu = page.QuerySelector("#navigation-main")!.TextContent;
        Assert.Contains("Activités du gestionnaire", menu, StringComparison.Ordinal);
        Assert.Contains("Factures émises", menu, StringComparison.Ordinal);
        Assert.DoesNotContain("Factures reçues", menu, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1234567890123", "Le SIRET doit comporter 14 chiffres.")]
    [InlineData("73282932000075", "Le SIRET 73282932000075 n'est pas valide (clé de contrôle).")]
    public async Task Post_InvalidSiret_ShowsFrenchMessageAndCreatesNothing(string siret, string message)
    {
        var (portal, _) = await app.NewSignedInUserAsync($"invalide-{siret}@example.org");
        var before = await app.CountAsync<Structure>();

        var page = await portal.SubmitAsync("/structures/create", Form(siret));

        Assert.Equal(message, page.QuerySelector("#Input_Identifier-error")!.TextContent.Trim());
        Assert.Equal(before, await app.CountAsync<Structure>());
    }

    [Fact]
    public async Task Post_InvalidIban_ShowsControlKeyMessage()
    {
        var (portal, _) = await app.NewSignedInUserAsync("iban@example.org");
        var form = Form(TestStructures.NewSiret());
        form["Input.Iban"] = "FR76 3000 6000 0112 3456 7890 188";

        var page = await portal.SubmitAsync("/structures/create", form);

        Assert.Equal("L'IBAN n'est pas valide (clé de contrôle).", page.QuerySelector("#Input_Iban-error")!.TextContent.Trim());
    }

    [Fact]
    public async Task Post_SiretAlreadyKnown_RefusesSecondStructure()
    {
        var (portal, _) = await app.NewSignedInUserAsync("doublon@example.org");
        var siret = TestStructures.NewSiret();
        await portal.SubmitAsync("/structures/create", Form(siret, "Première"));

        var page = await portal.SubmitAsync("/structures/create", Form(siret, "Seconde"));

        Assert.Contains("existe déjà", page.QuerySelector("#Input_Identifier-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(1, await app.WithDbAsync(db => db.Structures.CountAsync(s => s.Identifier == siret)));
    }

    [Fact]
    public async Task Get_EveryControl_HasALabel()
    {
        var (portal, _) = await app.NewSignedInUserAsync("labels@example.org");

        var page = await portal.GetAsync("/structures/create");

        foreach (var control in page.QuerySelectorAll("main input:not([type=hidden]), main select"))
        {
            Assert.NotNull(page.QuerySelector($"label[for='{control.Id}']"));
        }
    }
}
