using System.Net;
using Microsoft.Extensions.DependencyInjection;
using OpenChorus.Web.Features.Structures;
using OpenChorus.Web.Features.Structures.Access;
using OpenChorus.Web.Tests.Infrastructure;

namespace OpenChorus.Web.Tests.Features.Structures;

/// <summary>A manager of structure A, or a plain user, can neither see nor change structure B through any page.</summary>
public sealed class IsolationTests(TestApp app) : IClassFixture<TestApp>, IAsyncLifetime
{
    private PortalClient _managerA = null!;
    private PortalClient _plainUserB = null!;
    private int _b;
    private Guid _memberB;

    public async ValueTask InitializeAsync()
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        (_managerA, var managerAId) = await app.NewSignedInUserAsync($"gp-a-{suffix}@example.org");
        await app.CreateStructureAsync(managerAId, $"A {suffix}");
        var managerBId = await app.CreateUserAsync($"gp-b-{suffix}@example.org");
        _b = await app.CreateStructureAsync(managerBId, $"B {suffix}");
        (_plainUserB, _memberB) = await app.NewSignedInUserAsync($"user-b-{suffix}@example.org");
        await app.AddMemberAsync(_b, _memberB);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private string[] ManagerPages => [$"/structures/manage/{_b}", $"/structures/manage/{_b}/history", $"/structures/manage/{_b}/duplicate", $"/structures/manage/{_b}/users/{_memberB}"];

    private (string Action, Dictionary<string, string> Fields)[] ManagerPosts =>
    [
        ($"/structures/manage/{_b}?handler=OpenSpaces", new Dictionary<string, string> { ["spaces"] = "FacturesRecues" }),
        ($"/structures/manage/{_b}?handler=CloseSpace", new Dictionary<string, string> { ["space"] = "FacturesEmises" }),
        ($"/structures/manage/{_b}?handler=Attach", new Dictionary<string, string> { ["email"] = "intrus@example.org" }),
        ($"/structures/manage/{_b}?handler=Detach", new Dictionary<string, string> { ["userId"] = $"{_memberB}" }),
        ($"/structures/manage/{_b}?handler=ChangeRole", new Dictionary<string, string> { ["userId"] = $"{_memberB}", ["role"] = "SecondaryManager" }),
        ($"/structures/manage/{_b}?handler=ResendActivation", new Dictionary<string, string> { ["userId"] = $"{_memberB}" }),
        ($"/structures/manage/{_b}/users/{_memberB}", new Dictionary<string, string> { ["modes[FacturesEmises]"] = "Modification" }),
        ($"/structures/manage/{_b}/duplicate", new Dictionary<string, string> { ["fromUserId"] = $"{_memberB}", ["toUserId"] = $"{_memberB}" }),
        ($"/structures/mine/attachments/{_b}/transfer", new Dictionary<string, string> { ["email"] = "user-b@example.org" }),
    ];

    [Fact]
    public async Task ManagerPagesOfB_GetByManagerOfA_Return404()
    {
        foreach (var url in ManagerPages.Append($"/structures/mine/attachments/{_b}/transfer"))
        {
            await _managerA.GetAsync(url, HttpStatusCode.NotFound);
        }
    }

    [Fact]
    public async Task ManagerActionsOnB_PostByManagerOfA_Return404AndChangeNothing()
    {
        var before = await app.SnapshotAsync();

        foreach (var (action, fields) in ManagerPosts)
        {
            await _managerA.PostAsync(action, fields, HttpStatusCode.NotFound);
        }

        Assert.Equal(before, await app.SnapshotAsync());
    }

    [Fact]
    public async Task ManagerPagesAndActions_ByPlainUserOfB_Return404AndChangeNothing()
    {
        var before = await app.SnapshotAsync();

        foreach (var url in ManagerPages)
        {
            await _plainUserB.GetAsync(url, HttpStatusCode.NotFound);
        }

        foreach (var (action, fields) in ManagerPosts)
        {
            await _plainUserB.PostAsync(action, fields, HttpStatusCode.NotFound);
        }

        Assert.Equal(before, await app.SnapshotAsync());
        Assert.DoesNotContain("Activités du gestionnaire", (await _plainUserB.GetAsync("/structures/mine/attachments")).QuerySelector("#navigation-main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SubscribeAndUnsubscribe_OnStructureNotMine_Return404AndChangeNothing()
    {
        var before = await app.SnapshotAsync();
        var subscriptionOfB = await app.WithDbAsync(db => Task.FromResult(db.Subscriptions.First(s => s.StructureId == _b).Id));

        await _managerA.GetAsync($"/structures/mine/subscriptions/add?structureId={_b}", HttpStatusCode.NotFound);
        await _managerA.PostAsync($"/structures/mine/subscriptions/add?structureId={_b}", new Dictionary<string, string> { ["space"] = "FacturesEmises", ["mode"] = "Modification" }, HttpStatusCode.NotFound);
        await _managerA.PostAsync("/structures/mine/subscriptions?handler=Remove", new Dictionary<string, string> { ["subscriptionId"] = $"{subscriptionOfB}" }, HttpStatusCode.NotFound);

        Assert.Equal(before, await app.SnapshotAsync());
    }

    [Fact]
    public async Task SubscriptionRequestOfB_DecidedByManagerOfAOrPlainUser_Returns404AndChangesNothing()
    {
        var requestId = await app.WithDbAsync(async db =>
        {
            var request = new SubscriptionRequest { StructureId = _b, UserId = _memberB, Space = Space.FacturesEmises, Mode = AccessMode.Modification, Status = RequestStatus.Pending };
            db.SubscriptionRequests.Add(request);
            await db.SaveChangesAsync();
            return request.Id;
        });
        var before = await app.SnapshotAsync();

        foreach (var client in new[] { _managerA, _plainUserB })
        {
            foreach (var handler in new[] { "AcceptSubscription", "RefuseSubscription" })
            {
                await client.PostAsync($"/structures/manage?handler={handler}", new Dictionary<string, string> { ["requestId"] = $"{requestId}", ["reason"] = "non" }, HttpStatusCode.NotFound);
            }
        }

        Assert.Equal(before, await app.SnapshotAsync());
    }

    [Fact]
    public async Task CanAsync_ConsultationSubscription_AllowsReadingButNotModifying()
    {
        await app.WithDbAsync(async db =>
        {
            db.Subscriptions.Add(new Subscription { StructureId = _b, UserId = _memberB, Space = Space.FacturesEmises, Mode = AccessMode.Consultation });
            return await db.SaveChangesAsync();
        });
        await using var scope = app.Services.CreateAsyncScope();
        var access = scope.ServiceProvider.GetRequiredService<AccessService>();

        Assert.True(await access.CanAsync(_memberB, _b, Space.FacturesEmises, AccessMode.Consultation, TestContext.Current.CancellationToken));
        Assert.False(await access.CanAsync(_memberB, _b, Space.FacturesEmises, AccessMode.Modification, TestContext.Current.CancellationToken));
        Assert.False(await access.CanAsync(_memberB, _b, Space.FacturesRecues, AccessMode.Consultation, TestContext.Current.CancellationToken));
        var landing = await _plainUserB.GetAsync("/spaces/factures-emises");
        Assert.Contains("Consultation", landing.QuerySelector("main table")!.TextContent, StringComparison.Ordinal);
    }
}
