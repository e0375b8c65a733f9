using System.Net;
using Microsoft.EntityFrameworkCore;
using OpenChorus.Web.Features.Structures;
using OpenChorus.Web.Tests.Infrastructure;

namespace OpenChorus.Web.Tests.Features.Structures;

public sealed class AttachmentTests(TestApp app) : IClassFixture<TestApp>
{
    private async Task<(int StructureId, string Siret, PortalClient Manager)> StructureWithManagerAsync(string prefix)
    {
        var (manager, managerId) = await app.NewSignedInUserAsync($"{prefix}-gp@example.org");
        var id = await app.CreateStructureAsync(managerId, $"Société {prefix}");
        var siret = await app.WithDbAsync(db => db.Structures.Where(s => s.Id == id).Select(s => s.Identifier).SingleAsync());
        return (id, siret, manager);
    }

    private static async Task RequestAsync(PortalClient user, string query)
    {
        var results = await user.GetAsync($"/structures/mine/attachments/request?q={Uri.EscapeDataString(query)}");
        await user.SubmitAsync(results, new Dictionary<string, string>(), "main table form");
    }

    [Fact]
    public async Task Search_PartialSiretOrExactName_FindsStructure()
    {
        var (_, siret, _) = await StructureWithManagerAsync("recherche");
        var (user, _) = await app.NewSignedInUserAsync("chercheur@example.org");

        var bySiret = await user.GetAsync($"/structures/mine/attachments/request?q={siret[3..9]}");
        var byName = await user.GetAsync("/structures/mine/attachments/request?q=soci%C3%A9t%C3%A9%20RECHERCHE");
        var tooShort = await user.GetAsync($"/structures/mine/attachments/request?q={siret[..2]}");
        var partialName = await user.GetAsync("/structures/mine/attachments/request?q=Soci%C3%A9t%C3%A9");

        Assert.Contains(siret, bySiret.QuerySelector("main table")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(siret, byName.QuerySelector("main table")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Saisissez au moins 3 chiffres du SIRET.", tooShort.QuerySelector("[role=alert]")!.TextContent.Trim());
        Assert.Null(partialName.QuerySelector("main table"));
    }

    [Fact]
    public async Task Accept_PendingRequest_AttachesUserAndSendsEmail()
    {
        var (structureId, siret, manager) = await StructureWithManagerAsync("accepte");
        var (user, userId) = await app.NewSignedInUserAsync("demandeur@example.org");
        await RequestAsync(user, siret);

        var pending = await manager.GetAsync("/structures/manage");
        await manager.SubmitAsync(pending, new Dictionary<string, string>(), "main [data-request] form[action*=AcceptAttachment]");

        var mail = await app.Mail.WaitForAsync("demandeur@example.org", m => (m.Subject ?? "").Contains("acceptée", StringComparison.Ordinal));
        Assert.Contains("Société accepte", mail.TextBody, StringComparison.Ordinal);
        var role = await app.WithDbAsync(db => db.Memberships.Where(m => m.StructureId == structureId && m.UserId == userId).Select(m => m.Role).SingleAsync());
        Assert.Equal(StructureRole.User, role);
        var mine = await user.GetAsync("/structures/mine/attachments");
        Assert.Contains("Société accepte", mine.QuerySelector("main table")!.TextContent, StringComparison.Ordinal);
        var history = await manager.GetAsync($"/structures/manage/{structureId}/history");
        Assert.Contains("Rattachement accepté", history.QuerySelector("main table")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("demandeur@example.org", history.QuerySelector("main table")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refuse_WithoutReason_IsRejected_ThenWithReason_SendsEmailWithReason()
    {
        var (structureId, siret, manager) = await StructureWithManagerAsync("refuse");
        var (user, userId) = await app.NewSignedInUserAsync("refuse@example.org");
        await RequestAsync(user, siret);
        var selector = "main [data-request] form[action*=RefuseAttachment]";

        var noReason = await manager.SubmitAsync(await manager.GetAsync("/structures/manage"), new Dictionary<string, string> { ["reason"] = " " }, selector);
        Assert.Contains("Le motif du refus est obligatoire.", noReason.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        var reasonField = noReason.QuerySelector($"{selector} input[name=reason]")!;
        Assert.Contains("fr-input--error", reasonField.ClassName, StringComparison.Ordinal);
        Assert.Equal("Le motif du refus est obligatoire.", noReason.GetElementById(reasonField.GetAttribute("aria-describedby")!)!.TextContent);
        Assert.DoesNotContain("fr-input--error", (await manager.GetAsync("/structures/manage")).QuerySelector($"{selector} input[name=reason]")!.ClassName, StringComparison.Ordinal);
        await manager.SubmitAsync(noReason, new Dictionary<string, string> { ["reason"] = "Vous ne travaillez pas chez nous." }, selector);

        var mail = await app.Mail.WaitForAsync("refuse@example.org", m => (m.Subject ?? "").Contains("refusée", StringComparison.Ordinal));
        Assert.Contains("Vous ne travaillez pas chez nous.", mail.TextBody, StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.Memberships.AnyAsync(m => m.StructureId == structureId && m.UserId == userId)));
    }

    [Fact]
    public async Task Decide_ByManagerOfAnotherStructureOrPlainUser_Returns404AndChangesNothing()
    {
        var (_, siretA, _) = await StructureWithManagerAsync("cible");
        var (_, _, otherManager) = await StructureWithManagerAsync("intrus");
        var (user, userId) = await app.NewSignedInUserAsync("attente@example.org");
        await RequestAsync(user, siretA);
        var requestId = await app.WithDbAsync(db => db.AttachmentRequests.Where(r => r.UserId == userId).Select(r => r.Id).SingleAsync());
        var before = await app.SnapshotAsync();

        foreach (var (client, handler) in new[] { (otherManager, "AcceptAttachment"), (otherManager, "RefuseAttachment"), (user, "AcceptAttachment") })
        {
            await client.PostAsync($"/structures/manage?handler={handler}", new Dictionary<string, string>
            {
                ["requestId"] = requestId.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["reason"] = "non",
            }, HttpStatusCode.NotFound);
        }

        Assert.Equal(before, await app.SnapshotAsync());
    }
}
