using Microsoft.EntityFrameworkCore;
using OpenChorus.Web.Features.Structures;
using OpenChorus.Web.Tests.Infrastructure;

namespace OpenChorus.Web.Tests.Features.Structures;

/// <summary>Every form control of the structures, spaces and administration pages has a label, and ids are unique.</summary>
public sealed class PageLabelsTests(TestApp app) : IClassFixture<TestApp>
{
    [Fact]
    public async Task Pages_WithDataOnThem_LabelEveryControl()
    {
        var (admin, adminId) = await app.NewSignedInUserAsync("labels-admin@example.org", administrator: true);
        var id = await app.CreateStructureAsync(adminId, "Étiquettes SA", isPublic: true);
        var memberId = await app.CreateUserAsync("labels-membre@example.org", active: false);
        await app.AddMemberAsync(id, memberId);
        var (requester, requesterId) = await app.NewSignedInUserAsync("labels-demandeur@example.org");
        await app.WithDbAsync(async db =>
        {
            db.AttachmentRequests.Add(new AttachmentRequest { StructureId = id, UserId = requesterId, Status = RequestStatus.Pending });
            db.SubscriptionRequests.Add(new SubscriptionRequest { StructureId = id, UserId = memberId, Space = Space.Engagements, Status = RequestStatus.Pending });
            return await db.SaveChangesAsync();
        });
        var siret = await app.WithDbAsync(db => db.Structures.Where(s => s.Id == id).Select(s => s.Identifier).SingleAsync());

        string[] pages =
        [
            "/structures/create", "/structures/mine/attachments", $"/structures/mine/attachments/request?q={siret}",
            $"/structures/mine/attachments/{id}/transfer?search=labels", "/structures/mine/subscriptions",
            $"/structures/mine/subscriptions/add?structureId={id}", "/structures/manage", "/structures/manage/attach", $"/structures/manage/{id}",
            $"/structures/manage/{id}/users/{memberId}", $"/structures/manage/{id}/duplicate", $"/structures/manage/{id}/history",
            "/spaces/factures-recues", "/administration", "/administration/structures/create", $"/administration/structures/{id}",
            "/administration/import",
        ];
        foreach (var url in pages)
        {
            var page = await admin.GetAsync(url);
            var ids = page.QuerySelectorAll("[id]").Select(e => e.Id).ToList();
            Assert.True(ids.Count == ids.Distinct().Count(), $"{url}: duplicate ids");
            foreach (var control in page.QuerySelectorAll("main input:not([type=hidden]), main select, main textarea"))
            {
                Assert.True(control.Id is { Length: > 0 } && page.QuerySelector($"label[for='{control.Id}']") is not null, $"{url}: {control.OuterHtml} has no label");
            }
        }

        Assert.NotNull(await requester.GetAsync("/structures/mine/attachments"));
    }
}
