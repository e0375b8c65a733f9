using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using OpenChorus.Web.Features.Structures;
using OpenChorus.Web.Tests.Infrastructure;

namespace OpenChorus.Web.Tests.Features.Structures;

public sealed class MembersTests(TestApp app) : IClassFixture<TestApp>
{
    private Task<StructureRole?> RoleAsync(int structureId, Guid userId) =>
        app.WithDbAsync(db => db.Memberships.Where(m => m.StructureId == structureId && m.UserId == userId).Select(m => (StructureRole?)m.Role).SingleOrDefaultAsync());

    [Fact]
    public async Task TransferPrincipal_ToActiveMember_SwapsRolesAndTellsNewPrincipal()
    {
        var (gp, gpId) = await app.NewSignedInUserAsync("ancien-gp@example.org");
        var id = await app.CreateStructureAsync(gpId, "Transfert SA");
        var heirId = await app.CreateUserAsync("heritier@example.org");
        await app.AddMemberAsync(id, heirId);

        var attachments = await gp.GetAsync("/structures/mine/attachments");
        var icon = attachments.QuerySelector("main table a[href$='/transfer']")!;
        Assert.StartsWith("Transférer le rôle de gestionnaire principal", icon.GetAttribute("title"), StringComparison.Ordinal);
        var confirmation = await gp.GetAsync(icon.GetAttribute("href")!);
        Assert.Contains("Transfert SA", confirmation.QuerySelector(".fr-callout")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(confirmation.QuerySelector("main form[role=search] input[name=search]"));
        var search = await gp.GetAsync($"/structures/mine/attachments/{id}/transfer?search=heritier");
        var chosen = await gp.GetAsync(search.QuerySelector("main ul a")!.GetAttribute("href")!);
        Assert.Equal("heritier@example.org", chosen.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#email")!.Value);
        await gp.SubmitAsync(chosen, new Dictionary<string, string>(), "#transfer");

        Assert.Equal(StructureRole.PrincipalManager, await RoleAsync(id, heirId));
        Assert.Equal(StructureRole.SecondaryManager, await RoleAsync(id, gpId));
        await app.Mail.WaitForAsync("heritier@example.org", m => (m.Subject ?? "").Contains("gestionnaire principal", StringComparison.Ordinal));
        Assert.Contains("Rôle de gestionnaire principal transféré", (await gp.GetAsync($"/structures/manage/{id}/history")).QuerySelector("main table")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TransferPrincipal_ToNonMemberOrInactiveAccount_IsRefused()
    {
        var (gp, gpId) = await app.NewSignedInUserAsync("gp-refus@example.org");
        var id = await app.CreateStructureAsync(gpId, "Refus Transfert SA");
        await app.CreateUserAsync("etranger@example.org");
        var inactiveId = await app.CreateUserAsync("inactif@example.org", active: false);
        await app.AddMemberAsync(id, inactiveId);

        foreach (var email in new[] { "etranger@example.org", "inactif@example.org" })
        {
            var page = await gp.SubmitAsync($"/structures/mine/attachments/{id}/transfer", new Dictionary<string, string> { ["email"] = email }, "#transfer");
            Assert.Equal("Le nouveau gestionnaire principal doit avoir un compte actif rattaché à la structure.", page.QuerySelector("#email-error")!.TextContent.Trim());
        }

        Assert.Equal(StructureRole.PrincipalManager, await RoleAsync(id, gpId));
    }

    [Fact]
    public async Task TransferPrincipal_BySecondaryManager_ShowsWhyAndReturns404()
    {
        var (_, gpId) = await app.NewSignedInUserAsync("gp-gs@example.org");
        var id = await app.CreateStructureAsync(gpId, "Secondaire SA");
        var (gs, gsId) = await app.NewSignedInUserAsync("gs@example.org");
        await app.AddMemberAsync(id, gsId, StructureRole.SecondaryManager);

        var attachments = await gs.GetAsync("/structures/mine/attachments");
        Assert.Null(attachments.QuerySelector("main a[href$='/transfer']"));
        Assert.StartsWith("Seul le gestionnaire principal peut transférer son rôle.", attachments.QuerySelector("main table .oc-transfer-note")!.TextContent.Trim(), StringComparison.Ordinal);

        await gs.GetAsync($"/structures/mine/attachments/{id}/transfer", HttpStatusCode.NotFound);
        await gs.PostAsync($"/structures/mine/attachments/{id}/transfer", new Dictionary<string, string> { ["email"] = "gs@example.org" }, HttpStatusCode.NotFound);

        Assert.Equal(StructureRole.PrincipalManager, await RoleAsync(id, gpId));
    }

    [Fact]
    public async Task AttachChangeRoleDetach_ByManager_WorkAndAreRecorded()
    {
        var (gp, gpId) = await app.NewSignedInUserAsync("gp-direct@example.org");
        var id = await app.CreateStructureAsync(gpId, "Direct SA");
        var userId = await app.CreateUserAsync("direct@example.org");
        var manage = $"/structures/manage/{id}";

        var refused = await gp.SubmitAsync(manage, new Dictionary<string, string> { ["email"] = "personne@example.org" }, "#attach");
        Assert.Contains("Aucun compte actif", refused.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        var page = await gp.SubmitAsync(manage, new Dictionary<string, string> { ["email"] = "direct@example.org" }, "#attach");
        Assert.Equal(StructureRole.User, await RoleAsync(id, userId));
        await app.Mail.WaitForAsync("direct@example.org");

        page = await gp.SubmitAsync(page, new Dictionary<string, string> { ["role"] = "SecondaryManager" }, $"tr[data-user='{userId}'] form.oc-role");
        Assert.Equal(StructureRole.SecondaryManager, await RoleAsync(id, userId));
        var gpRole = await gp.PostAsync($"{manage}?handler=ChangeRole", new Dictionary<string, string> { ["userId"] = $"{gpId}", ["role"] = "User" }, HttpStatusCode.OK);
        Assert.Contains("ne change que par transfert", gpRole.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);

        await gp.SubmitAsync(page, new Dictionary<string, string>(), $"tr[data-user='{userId}'] form.oc-detach");
        Assert.Null(await RoleAsync(id, userId));
        var history = (await gp.GetAsync($"{manage}/history")).QuerySelector("main table")!.TextContent;
        Assert.Contains("Utilisateur rattaché", history, StringComparison.Ordinal);
        Assert.Contains("Rôle modifié", history, StringComparison.Ordinal);
        Assert.Contains("Utilisateur détaché", history, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChangeRole_UnknownRoleOrSpace_Returns400AndChangesNothing()
    {
        var (gp, gpId) = await app.NewSignedInUserAsync("gp-400@example.org");
        var id = await app.CreateStructureAsync(gpId, "Valeurs SA");
        var gsId = await app.CreateUserAsync("gs-400@example.org");
        await app.AddMemberAsync(id, gsId, StructureRole.SecondaryManager);
        var before = await app.SnapshotAsync();

        await gp.PostAsync($"/structures/manage/{id}?handler=ChangeRole", new Dictionary<string, string> { ["userId"] = $"{gsId}", ["role"] = "Pirate" }, HttpStatusCode.BadRequest);
        await gp.PostAsync($"/structures/manage/{id}?handler=CloseSpace", new Dictionary<string, string> { ["space"] = "Nulle" }, HttpStatusCode.BadRequest);

        Assert.Equal(before, await app.SnapshotAsync());
    }

    [Fact]
    public async Task AttachToSeveralStructures_ByManager_AttachesToEachAndRefusesOthersStructures()
    {
        var (gp, gpId) = await app.NewSignedInUserAsync("gp-plusieurs@example.org");
        var first = await app.CreateStructureAsync(gpId, "Première Filiale");
        var second = await app.CreateStructureAsync(gpId, "Seconde Filiale");
        var foreign = await app.CreateStructureAsync(await app.CreateUserAsync("gp-etranger@example.org"), "Filiale Étrangère");
        var userId = await app.CreateUserAsync("multi@example.org");

        var page = await gp.SubmitAsync("/structures/manage/attach", new Dictionary<string, string> { ["email"] = "multi@example.org", ["structureIds"] = $"{first}" }, "#attach-many");
        page = await gp.SubmitAsync(page, new Dictionary<string, string> { ["email"] = "multi@example.org", ["structureIds"] = $"{second}" }, "#attach-many");

        Assert.Contains("Seconde Filiale : utilisateur rattaché.", page.QuerySelector(".oc-attach-results")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(StructureRole.User, await RoleAsync(first, userId));
        Assert.Equal(StructureRole.User, await RoleAsync(second, userId));
        var before = await app.SnapshotAsync();
        await gp.PostAsync("/structures/manage/attach", new Dictionary<string, string> { ["email"] = "gp-plusieurs@example.org", ["structureIds"] = $"{foreign}" }, HttpStatusCode.NotFound);
        Assert.Equal(before, await app.SnapshotAsync());
    }

    [Fact]
    public async Task ResendActivation_ForInactiveMember_MailsANewActivationLink()
    {
        var (gp, gpId) = await app.NewSignedInUserAsync("gp-renvoi@example.org");
        var id = await app.CreateStructureAsync(gpId, "Renvoi SA");
        var inactiveId = await app.CreateUserAsync("pas-active@example.org", active: false);
        await app.AddMemberAsync(id, inactiveId);

        var watch = new MailWatch(app.Mail);

        var page = await gp.SubmitAsync($"/structures/manage/{id}", new Dictionary<string, string>(), $"tr[data-user='{inactiveId}'] form.oc-resend");

        Assert.Contains("Le lien d'activation est renvoyé.", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var mail = await watch.NextAsync("pas-active@example.org");
        Assert.StartsWith("/accounts/public/activate?", MailWatch.LinkIn(mail), StringComparison.Ordinal);
    }
}
