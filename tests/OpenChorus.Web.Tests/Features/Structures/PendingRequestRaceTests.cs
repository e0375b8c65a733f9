using Microsoft.EntityFrameworkCore;
using OpenChorus.Web.Features.Structures;
using OpenChorus.Web.Tests.Infrastructure;

namespace OpenChorus.Web.Tests.Features.Structures;

/// <summary>A double submit of a request leaves one pending request, and the second answer says why.</summary>
public sealed class PendingRequestRaceTests(TestApp app) : IClassFixture<TestApp>
{
    [Fact]
    public async Task RequestAttachment_DoubleSubmit_KeepsOnePendingRequest()
    {
        var gpId = await app.CreateUserAsync("gp-double-demande@example.org");
        var siret = TestStructures.NewSiret();
        var id = await app.CreateStructureAsync(gpId, "Double Demande SA", siret: siret);
        var (user, userId) = await app.NewSignedInUserAsync("double-demande@example.org");
        app.Race.BeforeNextSaveOf<AttachmentRequest>(() => app.WithDbAsync(db =>
        {
            db.AttachmentRequests.Add(new AttachmentRequest { StructureId = id, UserId = userId, Status = RequestStatus.Pending, RequestedAtUtc = app.Clock.GetUtcNow().UtcDateTime });
            return db.SaveChangesAsync();
        }));

        var results = await user.GetAsync($"/structures/mine/attachments/request?q={siret}");
        var page = await user.SubmitAsync(results, new Dictionary<string, string>(), "main table form");

        Assert.Contains("déjà en cours de validation", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(1, await app.WithDbAsync(db => db.AttachmentRequests.CountAsync(r => r.StructureId == id && r.UserId == userId)));
    }

    [Fact]
    public async Task RequestSubscription_DoubleSubmit_KeepsOnePendingRequest()
    {
        var gpId = await app.CreateUserAsync("gp-double-espace@example.org");
        var id = await app.CreateStructureAsync(gpId, "Double Espace SA");
        var (user, userId) = await app.NewSignedInUserAsync("double-espace@example.org");
        await app.AddMemberAsync(id, userId);
        var now = app.Clock.GetUtcNow().UtcDateTime;
        await app.WithDbAsync(db =>
        {
            db.StructureSpaces.Add(new StructureSpace { StructureId = id, Space = Space.FacturesAValider, OpenedAtUtc = now });
            return db.SaveChangesAsync();
        });
        app.Race.BeforeNextSaveOf<SubscriptionRequest>(() => app.WithDbAsync(db =>
        {
            db.SubscriptionRequests.Add(new SubscriptionRequest { StructureId = id, UserId = userId, Space = Space.FacturesAValider, Mode = AccessMode.Consultation, Status = RequestStatus.Pending, RequestedAtUtc = now });
            return db.SaveChangesAsync();
        }));

        var page = await user.SubmitAsync(
            $"/structures/mine/subscriptions/add?structureId={id}",
            new Dictionary<string, string> { ["space"] = "FacturesAValider", ["mode"] = "Modification" },
            "#subscribe");

        Assert.Contains("déjà en cours de validation", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(1, await app.WithDbAsync(db => db.SubscriptionRequests.CountAsync(r => r.StructureId == id && r.UserId == userId)));
    }
}
