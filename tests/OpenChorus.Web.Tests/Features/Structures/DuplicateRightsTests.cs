using Microsoft.EntityFrameworkCore;
using OpenChorus.Web.Features.Structures;
using OpenChorus.Web.Tests.Infrastructure;

namespace OpenChorus.Web.Tests.Features.Structures;

/// <summary>"Duplication des droits" across the manager's structures, and never beyond them.</summary>
public sealed class DuplicateRightsTests(TestApp app) : IClassFixture<TestApp>
{
    private sealed record Setup(PortalClient Manager, int A, int B, int NotManaged, int Foreign, Guid Source, Guid Target);

    private async Task<Setup> ArrangeAsync(string prefix)
    {
        var (manager, managerId) = await app.NewSignedInUserAsync($"{prefix}-gp@example.org");
        var otherGp = await app.CreateUserAsync($"{prefix}-autre-gp@example.org");
        var (a, b) = (await app.CreateStructureAsync(managerId, $"{prefix} A"), await app.CreateStructureAsync(managerId, $"{prefix} B"));
        var notManaged = await app.CreateStructureAsync(otherGp, $"{prefix} Simple utilisateur");
        await app.AddMemberAsync(notManaged, managerId);
        var foreign = await app.CreateStructureAsync(otherGp, $"{prefix} Étrangère");
        var (source, target) = (await app.CreateUserAsync($"{prefix}-source@example.org"), await app.CreateUserAsync($"{prefix}-cible@example.org"));
        foreach (var id in new[] { a, b, notManaged, foreign })
        {
            await app.AddMemberAsync(id, source);
            await app.AddMemberAsync(id, target);
        }

        await SubscribeAsync(a, source, Space.FacturesEmises, AccessMode.Consultation);
        await SubscribeAsync(b, source, Space.FacturesEmises, AccessMode.Modification);
        await SubscribeAsync(b, target, Space.SollicitationsRecues, AccessMode.Modification);
        await SubscribeAsync(notManaged, source, Space.FacturesEmises, AccessMode.Modification);
        await SubscribeAsync(foreign, source, Space.FacturesEmises, AccessMode.Modification);
        return new(manager, a, b, notManaged, foreign, source, target);
    }

    private Task<int> SubscribeAsync(int structureId, Guid userId, Space space, AccessMode mode) => app.WithDbAsync(db =>
    {
        db.Subscriptions.Add(new Subscription { StructureId = structureId, UserId = userId, Space = space, Mode = mode, CreatedAtUtc = app.Clock.GetUtcNow().UtcDateTime });
        return db.SaveChangesAsync();
    });

    private Task<List<string>> RightsAsync(int structureId, Guid userId) => app.WithDbAsync(db => db.Subscriptions
        .Where(s => s.StructureId == structureId && s.UserId == userId).OrderBy(s => s.Space).Select(s => $"{s.Space}:{s.Mode}").ToListAsync());

    private Task<bool> LoggedAsync(int structureId) =>
        app.WithDbAsync(db => db.ManagerActions.AnyAsync(a => a.StructureId == structureId && a.Action == "Duplication des droits"));

    [Fact]
    public async Task Duplicate_OnEveryStructure_CopiesWhereIManageAndBothAreAttachedOnly()
    {
        var s = await ArrangeAsync("toutes");

        var page = await s.Manager.SubmitAsync($"/structures/manage/{s.A}/duplicate", new Dictionary<string, string> { ["fromUserId"] = $"{s.Source}", ["toUserId"] = $"{s.Target}" }, "#duplicate");

        Assert.Contains("sur chacune de vos structures", page.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["FacturesEmises:Consultation"], await RightsAsync(s.A, s.Target));
        Assert.Equal(["FacturesEmises:Modification"], await RightsAsync(s.B, s.Target));
        Assert.Empty(await RightsAsync(s.NotManaged, s.Target));
        Assert.Empty(await RightsAsync(s.Foreign, s.Target));
        Assert.True(await LoggedAsync(s.A) && await LoggedAsync(s.B));
        Assert.False(await LoggedAsync(s.NotManaged) || await LoggedAsync(s.Foreign));
    }

    [Fact]
    public async Task Duplicate_ThisStructureOnly_LeavesMyOtherStructuresAlone()
    {
        var s = await ArrangeAsync("une");

        await s.Manager.SubmitAsync($"/structures/manage/{s.A}/duplicate", new Dictionary<string, string> { ["fromUserId"] = $"{s.Source}", ["toUserId"] = $"{s.Target}", ["everyStructure"] = "false" }, "#duplicate");

        Assert.Equal(["FacturesEmises:Consultation"], await RightsAsync(s.A, s.Target));
        Assert.Equal(["SollicitationsRecues:Modification"], await RightsAsync(s.B, s.Target));
        Assert.False(await LoggedAsync(s.B));
    }

    [Fact]
    public async Task Duplicate_CopiesTheSourcesServiceLimits_AndLiftsTheTargetsWhenTheSourceSeesEverything()
    {
        var s = await ArrangeAsync("services");
        var (technique, finances) = await app.WithDbAsync(async db =>
        {
            var created = new[] { new Service { StructureId = s.A, Code = "TECHNIQUE", Name = "Technique" }, new Service { StructureId = s.B, Code = "FINANCES", Name = "Finances" } };
            db.Services.AddRange(created);
            await db.SaveChangesAsync();
            db.ServiceRestrictions.Add(new ServiceRestriction { StructureId = s.A, UserId = s.Source, ServiceId = created[0].Id });
            db.ServiceRestrictions.Add(new ServiceRestriction { StructureId = s.B, UserId = s.Target, ServiceId = created[1].Id });
            await db.SaveChangesAsync();
            return (created[0].Id, created[1].Id);
        });

        await s.Manager.SubmitAsync($"/structures/manage/{s.A}/duplicate", new Dictionary<string, string> { ["fromUserId"] = $"{s.Source}", ["toUserId"] = $"{s.Target}" }, "#duplicate");

        var limits = await app.WithDbAsync(db => db.ServiceRestrictions.Where(r => r.UserId == s.Target).Select(r => r.ServiceId).ToListAsync());
        Assert.Equal([technique], limits);
        Assert.DoesNotContain(finances, limits);
    }

    [Fact]
    public async Task Duplicate_FromAStructureIDoNotManage_Returns404AndChangesNothing()
    {
        var s = await ArrangeAsync("refus");
        var before = await app.SnapshotAsync();

        await s.Manager.PostAsync($"/structures/manage/{s.NotManaged}/duplicate", new Dictionary<string, string> { ["fromUserId"] = $"{s.Source}", ["toUserId"] = $"{s.Target}", ["everyStructure"] = "true" }, System.Net.HttpStatusCode.NotFound);

        Assert.Equal(before, await app.SnapshotAsync());
    }
}
