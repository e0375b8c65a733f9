using Microsoft.EntityFrameworkCore;
using OpenChorus.Web.Features.Structures;
using OpenChorus.Web.Tests.Infrastructure;

namespace OpenChorus.Web.Tests.Features.Structures;

public sealed class SpacesAndSubscriptionsTests(TestApp app) : IClassFixture<TestApp>
{
    private static string Menu(AngleSharp.Html.Dom.IHtmlDocument page) => page.QuerySelector("#navigation-main")!.TextContent;

    [Fact]
    public async Task OpenSpace_ByManager_OpensItAndShowsTabAndHistory()
    {
        var (manager, managerId) = await app.NewSignedInUserAsync("ouvre@example.org");
        var id = await app.CreateStructureAsync(managerId, "Ouverture SA");

        var page = await manager.SubmitAsync($"/structures/manage/{id}", new Dictionary<string, string> { ["spaces"] = "FacturesTravaux" }, "#open-spaces");

        Assert.Contains("Factures de travaux", Menu(page), StringComparison.Ordinal);
        Assert.True(await app.WithDbAsync(db => db.StructureSpaces.AnyAsync(o => o.StructureId == id && o.Space == Space.FacturesTravaux)));
        var history = await manager.GetAsync($"/structures/manage/{id}/history");
        Assert.Contains("Espace ouvert", history.QuerySelector("main table")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Subscribe_FacturesEmises_IsImmediateAndTabAppearsOnNextRequest()
    {
        var (_, managerId) = await app.NewSignedInUserAsync("gp-abo@example.org");
        var id = await app.CreateStructureAsync(managerId, "Abonnement SARL");
        var (user, userId) = await app.NewSignedInUserAsync("abonne@example.org");
        await app.AddMemberAsync(id, userId);
        Assert.DoesNotContain("Factures émises", Menu(await user.GetAsync("/structures/mine/subscriptions")), StringComparison.Ordinal);

        var form = await user.GetAsync($"/structures/mine/subscriptions/add?structureId={id}");
        Assert.Equal(["FacturesEmises", "SollicitationsEmises", "SollicitationsRecues"], form.QuerySelectorAll("#space option").Select(o => o.GetAttribute("value")!));
        var done = await user.SubmitAsync(form, new Dictionary<string, string> { ["space"] = "FacturesEmises", ["mode"] = "Modification" }, "#subscribe");

        Assert.Contains("Factures émises", Menu(done), StringComparison.Ordinal);
        var landing = await user.GetAsync("/spaces/factures-emises");
        Assert.Contains("Modification", landing.QuerySelector("main table")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Subscribe_SpaceNeedingValidation_CreatesRequestThatManagerAccepts()
    {
        var (manager, managerId) = await app.NewSignedInUserAsync("gp-valide@example.org");
        var id = await app.CreateStructureAsync(managerId, "Validation SAS");
        await manager.SubmitAsync($"/structures/manage/{id}", new Dictionary<string, string> { ["spaces"] = "Engagements" }, "#open-spaces");
        var (user, userId) = await app.NewSignedInUserAsync("veut-engagements@example.org");
        await app.AddMemberAsync(id, userId);

        await user.SubmitAsync($"/structures/mine/subscriptions/add?structureId={id}", new Dictionary<string, string> { ["space"] = "Engagements", ["mode"] = "Consultation" }, "#subscribe");
        Assert.False(await app.WithDbAsync(db => db.Subscriptions.AnyAsync(s => s.UserId == userId && s.Space == Space.Engagements)));

        await manager.SubmitAsync(await manager.GetAsync("/structures/manage"), new Dictionary<string, string>(), "main [data-subscription-request] form[action*=AcceptSubscription]");

        Assert.Contains("Engagements", Menu(await user.GetAsync("/structures/mine/subscriptions")), StringComparison.Ordinal);
        await app.Mail.WaitForAsync("veut-engagements@example.org", m => (m.Subject ?? "").Contains("Engagements", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Subscribe_SpaceNotOpenOnStructure_IsRefused()
    {
        var (_, managerId) = await app.NewSignedInUserAsync("gp-ferme@example.org");
        var id = await app.CreateStructureAsync(managerId, "Fermé SA");
        var (user, userId) = await app.NewSignedInUserAsync("curieux@example.org");
        await app.AddMemberAsync(id, userId);

        var page = await user.PostAsync($"/structures/mine/subscriptions/add?structureId={id}", new Dictionary<string, string> { ["structureId"] = $"{id}", ["space"] = "FacturesRecues", ["mode"] = "Modification" }, System.Net.HttpStatusCode.OK);

        Assert.Contains("n'est pas ouvert", page.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.Subscriptions.AnyAsync(s => s.UserId == userId && s.Space == Space.FacturesRecues)));
    }

    [Fact]
    public async Task CloseSpace_RemovesTabOnNextRequest()
    {
        var (manager, managerId) = await app.NewSignedInUserAsync("gp-close@example.org");
        var id = await app.CreateStructureAsync(managerId, "Fermeture SA");

        var page = await manager.SubmitAsync($"/structures/manage/{id}", new Dictionary<string, string>(), "main li form[action*=CloseSpace]");

        Assert.DoesNotContain("Factures émises", Menu(page), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ManagerSetsSubscriptionsAndDuplicatesRights_TargetGetsExactlyTheSourceRights()
    {
        var (manager, managerId) = await app.NewSignedInUserAsync("gp-dup@example.org");
        var id = await app.CreateStructureAsync(managerId, "Duplication SA");
        var sourceId = await app.CreateUserAsync("source@example.org");
        var targetId = await app.CreateUserAsync("cible@example.org");
        await app.AddMemberAsync(id, sourceId);
        await app.AddMemberAsync(id, targetId);

        await manager.SubmitAsync($"/structures/manage/{id}/users/{sourceId}", new Dictionary<string, string> { ["modes[FacturesEmises]"] = "Consultation", ["modes[SollicitationsEmises]"] = "Modification" }, "#subscriptions");
        await manager.SubmitAsync($"/structures/manage/{id}/duplicate", new Dictionary<string, string> { ["fromUserId"] = $"{sourceId}", ["toUserId"] = $"{targetId}" }, "#duplicate");

        var rights = await app.WithDbAsync(db => db.Subscriptions.Where(s => s.UserId == targetId).OrderBy(s => s.Space).Select(s => new { s.Space, s.Mode }).ToListAsync());
        Assert.Equal([new { Space = Space.FacturesEmises, Mode = AccessMode.Consultation }, new { Space = Space.SollicitationsEmises, Mode = AccessMode.Modification }], rights);
        var history = (await manager.GetAsync($"/structures/manage/{id}/history")).QuerySelector("main table")!.TextContent;
        Assert.Contains("Duplication des droits", history, StringComparison.Ordinal);
        Assert.Contains("Abonnement modifié", history, StringComparison.Ordinal);
    }
}
