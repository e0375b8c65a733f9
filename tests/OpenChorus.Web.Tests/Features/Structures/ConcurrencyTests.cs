using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using OpenChorus.Web.Features.Structures;
using OpenChorus.Web.Platform.Mail;
using OpenChorus.Web.Tests.Infrastructure;

namespace OpenChorus.Web.Tests.Features.Structures;

/// <summary>Two managers acting at once, or a double submit: the unique indexes decide, and the loser reads why in French.</summary>
public sealed class ConcurrencyTests(TestApp app) : IClassFixture<TestApp>
{
    private static string Alert(AngleSharp.Html.Dom.IHtmlDocument page) => page.QuerySelector("[role=alert]")?.TextContent.Trim() ?? "";

    [Fact]
    public async Task CreateStructure_SameSiretCreatedMeanwhile_AnswersInFrenchAndWritesNothing()
    {
        var (portal, userId) = await app.NewSignedInUserAsync("course-creation@example.org");
        var rivalId = await app.CreateUserAsync("rival-creation@example.org");
        var siret = TestStructures.NewSiret();
        app.Race.BeforeNextSaveOf<Structure>(() => app.CreateStructureAsync(rivalId, "Rivale SA", siret: siret));

        var page = await portal.SubmitAsync("/structures/create", new Dictionary<string, string>
        {
            ["Input.IdentifierType"] = "Siret",
            ["Input.Identifier"] = siret,
            ["Input.CompanyName"] = "Perdante SA",
        });

        Assert.StartsWith("Cette structure existe déjà", page.QuerySelector("#Input_Identifier-error")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal("Rivale SA", await app.WithDbAsync(db => db.Structures.Where(s => s.Identifier == siret).Select(s => s.CompanyName).SingleAsync()));
        Assert.False(await app.WithDbAsync(db => db.Memberships.AnyAsync(m => m.UserId == userId)));
        Assert.False(await app.WithDbAsync(db => db.Subscriptions.AnyAsync(s => s.UserId == userId)));
    }

    [Fact]
    public async Task AttachUser_AttachedMeanwhileByAnotherManager_AnswersInFrenchWithoutMailOrHistory()
    {
        var (gp, gpId) = await app.NewSignedInUserAsync("gp-course@example.org");
        var id = await app.CreateStructureAsync(gpId, "Course SA");
        var userId = await app.CreateUserAsync("convoite@example.org");
        app.Race.BeforeNextSaveOf<Membership>(() => app.AddMemberAsync(id, userId));

        var page = await gp.SubmitAsync($"/structures/manage/{id}", new Dictionary<string, string> { ["email"] = "convoite@example.org" }, "#attach");

        Assert.Equal("Cet utilisateur est déjà rattaché à la structure.", Alert(page));
        Assert.Equal(1, await app.WithDbAsync(db => db.Memberships.CountAsync(m => m.StructureId == id && m.UserId == userId)));
        Assert.False(await app.WithDbAsync(db => db.ManagerActions.AnyAsync(a => a.StructureId == id && a.Action == "Utilisateur rattaché")));
        Assert.False(await app.WithDbAsync(db => db.Set<OutboxMail>().AnyAsync(m => m.To == "convoite@example.org")));
    }

    [Fact]
    public async Task AttachUser_TwoManagersAtOnce_OneAttachesAndTheOtherIsToldWhy()
    {
        var (gp, gpId) = await app.NewSignedInUserAsync("gp-simultane@example.org");
        var id = await app.CreateStructureAsync(gpId, "Simultané SA");
        var (gs, gsId) = await app.NewSignedInUserAsync("gs-simultane@example.org");
        await app.AddMemberAsync(id, gsId, StructureRole.SecondaryManager);
        var userId = await app.CreateUserAsync("double@example.org");
        var form = new Dictionary<string, string> { ["email"] = "double@example.org" };
        var (gpPage, gsPage) = (await gp.GetAsync($"/structures/manage/{id}"), await gs.GetAsync($"/structures/manage/{id}"));

        var pages = await Task.WhenAll(gp.SubmitAsync(gpPage, form, "#attach"), gs.SubmitAsync(gsPage, form, "#attach"));

        var messages = pages.Select(p => p.QuerySelector(".fr-alert")!.TextContent.Trim()).Order().ToList();
        Assert.Equal(["Cet utilisateur est déjà rattaché à la structure.", "L'utilisateur est rattaché à la structure."], messages);
        Assert.Equal(1, await app.WithDbAsync(db => db.Memberships.CountAsync(m => m.StructureId == id && m.UserId == userId)));
        Assert.Equal(1, await app.WithDbAsync(db => db.ManagerActions.CountAsync(a => a.StructureId == id && a.Action == "Utilisateur rattaché")));
    }

    [Fact]
    public async Task OpenSpaces_OpenedMeanwhile_AnswersInFrenchAndOpensNothingElse()
    {
        var (gp, gpId) = await app.NewSignedInUserAsync("gp-espaces-course@example.org");
        var id = await app.CreateStructureAsync(gpId, "Espaces Course SA");
        app.Race.BeforeNextSaveOf<StructureSpace>(() => app.WithDbAsync(db =>
        {
            db.StructureSpaces.Add(new StructureSpace { StructureId = id, Space = Space.Engagements, OpenedAtUtc = app.Clock.GetUtcNow().UtcDateTime });
            return db.SaveChangesAsync();
        }));

        var page = await gp.PostAsync($"/structures/manage/{id}?handler=OpenSpaces", new Dictionary<string, string> { ["spaces"] = "Engagements" }, HttpStatusCode.OK);

        Assert.StartsWith("Un autre gestionnaire vient d'ouvrir un de ces espaces", Alert(page), StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.Subscriptions.AnyAsync(s => s.StructureId == id && s.Space == Space.Engagements)));
        Assert.False(await app.WithDbAsync(db => db.ManagerActions.AnyAsync(a => a.StructureId == id && a.Action == "Espace ouvert")));
    }

    [Fact]
    public async Task Subscribe_DoubleSubmit_SubscribesOnceAndAnswersInFrench()
    {
        var (_, gpId) = await app.NewSignedInUserAsync("gp-double-abo@example.org");
        var id = await app.CreateStructureAsync(gpId, "Double Abonnement SA");
        var (user, userId) = await app.NewSignedInUserAsync("double-abo@example.org");
        await app.AddMemberAsync(id, userId);
        app.Race.BeforeNextSaveOf<Subscription>(() => app.WithDbAsync(db =>
        {
            db.Subscriptions.Add(new Subscription { StructureId = id, UserId = userId, Space = Space.FacturesEmises, Mode = AccessMode.Modification, CreatedAtUtc = app.Clock.GetUtcNow().UtcDateTime });
            return db.SaveChangesAsync();
        }));

        var page = await user.SubmitAsync($"/structures/mine/subscriptions/add?structureId={id}", new Dictionary<string, string> { ["space"] = "FacturesEmises", ["mode"] = "Consultation" }, "#subscribe");

        Assert.Contains("Vous êtes déjà abonné à cet espace", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal([AccessMode.Modification], await app.WithDbAsync(db => db.Subscriptions.Where(s => s.StructureId == id && s.UserId == userId && s.Space == Space.FacturesEmises).Select(s => s.Mode).ToListAsync()));
    }

    [Fact]
    public async Task ImportDirectory_StructureCreatedMeanwhile_ImportsNothingAndSaysWhy()
    {
        var (admin, _) = await app.NewSignedInUserAsync("admin-course@example.org", administrator: true);
        var rivalId = await app.CreateUserAsync("rival-import@example.org");
        var (taken, other) = (TestStructures.NewSiret(), TestStructures.NewSiret());
        var csv = $"STRUCTURE;{other};Autre Commune;;;;;N;N;N;N\nSTRUCTURE;{taken};Commune Prise;;;;;N;N;N;N\n";
        app.Race.BeforeNextSaveOf<Structure>(() => app.CreateStructureAsync(rivalId, "Prise Ailleurs", isPublic: true, siret: taken));

        var (status, page) = await admin.UploadAsync("/administration/import", "file", "annuaire.csv", csv);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("rien n'a été importé", page.QuerySelector(".oc-import-errors")!.TextContent, StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.Structures.AnyAsync(s => s.Identifier == other)));
    }

    [Fact]
    public async Task TransferPrincipal_TwoTabsToTwoHeirsAtOnce_LeavesExactlyOnePrincipal()
    {
        var (_, gpId) = await app.NewSignedInUserAsync("gp-deux-onglets@example.org");
        var id = await app.CreateStructureAsync(gpId, "Deux Onglets SA");
        foreach (var heir in new[] { "heritier-1@example.org", "heritier-2@example.org" })
        {
            await app.AddMemberAsync(id, await app.CreateUserAsync(heir));
        }

        using var first = await app.SignInAsync(gpId);
        using var second = await app.SignInAsync(gpId);
        var url = $"/structures/mine/attachments/{id}/transfer";
        var (firstPage, secondPage) = (await first.GetAsync(url), await second.GetAsync(url));

        var responses = await Task.WhenAll(
            Post(first, firstPage, "heritier-1@example.org"), Post(second, secondPage, "heritier-2@example.org"));

        Assert.All(responses, r => Assert.True(r.StatusCode is HttpStatusCode.OK or HttpStatusCode.NotFound, $"{r.StatusCode}"));
        Assert.Equal(1, await app.WithDbAsync(db => db.Memberships.CountAsync(m => m.StructureId == id && m.Role == StructureRole.PrincipalManager)));
        Assert.Equal(1, await app.WithDbAsync(db => db.ManagerActions.CountAsync(a => a.StructureId == id && a.Action == "Rôle de gestionnaire principal transféré")));

        Task<HttpResponseMessage> Post(PortalClient portal, AngleSharp.Html.Dom.IHtmlDocument page, string email) =>
            portal.Http.PostAsync(new Uri(url, UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#transfer input[name=__RequestVerificationToken]")!.Value,
                ["email"] = email,
            }));
    }
}
