using System.Net;
using Microsoft.EntityFrameworkCore;
using OpenChorus.Web.Features.Structures;
using OpenChorus.Web.Tests.Features.Invoices.Recues;
using OpenChorus.Web.Tests.Infrastructure;

namespace OpenChorus.Web.Tests.Features.Structures;

/// <summary>On the member page, a manager of a public structure limits a member to some services for "Factures reçues".</summary>
public sealed class ServiceRestrictionsTests(TestApp app) : IClassFixture<TestApp>
{
    private Task<List<string>> RestrictionsAsync(int structureId, Guid userId) => app.WithDbAsync(db =>
        db.ServiceRestrictions.Where(r => r.StructureId == structureId && r.UserId == userId)
            .Join(db.Services, r => r.ServiceId, s => s.Id, (r, s) => s.Code).OrderBy(c => c).ToListAsync());

    private async Task<(RecuesWorld World, PortalClient Manager, string Url)> SetUpAsync()
    {
        var world = await RecuesWorld.CreateAsync(app);
        var principal = await app.WithDbAsync(db => db.Memberships
            .Where(m => m.StructureId == world.Recipient && m.Role == StructureRole.PrincipalManager).Select(m => m.UserId).SingleAsync());
        return (world, await app.SignInAsync(principal), $"/structures/manage/{world.Recipient}/users/{world.Agent}");
    }

    [Fact]
    public async Task Manager_LimitsAMemberToAService_TheMemberSeesOnlyItsInvoicesUntilTheLimitIsLifted()
    {
        var (world, manager, url) = await SetUpAsync();
        await world.SendAsync($"T-{world.Suffix}");
        await world.SendAsync($"F-{world.Suffix}", "FINANCES");
        var agent = await world.SignInAsync(world.Agent);
        var technique = await world.ServiceIdAsync("TECHNIQUE");

        var page = await manager.GetAsync(url);
        Assert.Equal(["FINANCES — Direction des finances", "TECHNIQUE — Services techniques"],
            page.QuerySelectorAll("#services label").Select(l => l.TextContent.Trim()));
        var saved = await manager.SubmitAsync(page, new Dictionary<string, string> { ["services"] = technique.ToString(System.Globalization.CultureInfo.InvariantCulture) }, "#services");

        Assert.Contains("services cochés", saved.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(saved.QuerySelector($"#service-{technique}[checked]"));
        Assert.Equal(["TECHNIQUE"], await RestrictionsAsync(world.Recipient, world.Agent));
        Assert.Equal([$"T-{world.Suffix}"], RecuesWorld.NumbersOn(await agent.GetAsync("/factures-recues")));
        var history = await manager.GetAsync($"/structures/manage/{world.Recipient}/history");
        Assert.Contains("Services : TECHNIQUE", history.QuerySelector("main table")!.TextContent, StringComparison.Ordinal);

        await manager.PostAsync(url + "?handler=Services", new Dictionary<string, string>(), HttpStatusCode.OK);

        Assert.Empty(await RestrictionsAsync(world.Recipient, world.Agent));
        Assert.Equal(2, RecuesWorld.NumbersOn(await agent.GetAsync("/factures-recues")).Count);
        Assert.Contains("Toute la structure", (await manager.GetAsync($"/structures/manage/{world.Recipient}/history")).QuerySelector("main table")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Limit_ToAnotherStructuresService_IsRefusedAndWritesNothing()
    {
        var (world, manager, url) = await SetUpAsync();
        var other = await RecuesWorld.CreateAsync(app);
        var foreign = await other.ServiceIdAsync("TECHNIQUE");
        var before = await app.SnapshotAsync();

        var page = await manager.PostAsync(url + "?handler=Services",
            new Dictionary<string, string> { ["services"] = foreign.ToString(System.Globalization.CultureInfo.InvariantCulture) }, HttpStatusCode.OK);

        Assert.Equal("Ce service n'existe pas dans la structure.", page.QuerySelector("main [role=alert]")!.TextContent.Trim());
        Assert.Equal(before, await app.SnapshotAsync());
        Assert.Empty(await RestrictionsAsync(world.Recipient, world.Agent));
    }

    [Fact]
    public async Task Limit_ByAMemberWhoIsNotManager_IsNotFound()
    {
        var (world, _, url) = await SetUpAsync();
        var technique = await world.ServiceIdAsync("TECHNIQUE");
        var agent = await world.SignInAsync(world.Agent);

        await agent.GetAsync(url, HttpStatusCode.NotFound);
        await agent.PostAsync(url + "?handler=Services",
            new Dictionary<string, string> { ["services"] = technique.ToString(System.Globalization.CultureInfo.InvariantCulture) }, HttpStatusCode.NotFound);

        Assert.Empty(await RestrictionsAsync(world.Recipient, world.Agent));
    }

    [Fact]
    public async Task MemberPage_OfAPrivateStructure_OffersNoServices()
    {
        var world = await RecuesWorld.CreateAsync(app);

        var page = await (await app.SignInAsync(world.SupplierUser)).GetAsync($"/structures/manage/{world.Supplier}/users/{world.SupplierUser}");

        Assert.Null(page.QuerySelector("#services"));
    }

    [Fact]
    public async Task Detach_RemovesTheServiceLimits_SoAUserAttachedAgainSeesTheWholeStructure()
    {
        var (world, manager, url) = await SetUpAsync();
        var technique = await world.ServiceIdAsync("TECHNIQUE");
        await manager.SubmitAsync(url, new Dictionary<string, string> { ["services"] = technique.ToString(System.Globalization.CultureInfo.InvariantCulture) }, "#services");
        Assert.Equal(["TECHNIQUE"], await RestrictionsAsync(world.Recipient, world.Agent));

        await manager.SubmitAsync($"/structures/manage/{world.Recipient}", new Dictionary<string, string>(), $"tr[data-user='{world.Agent}'] form.oc-detach");

        Assert.Empty(await RestrictionsAsync(world.Recipient, world.Agent));
    }
}
