using OpenChorus.Web.Features.Structures;
using OpenChorus.Web.Tests.Infrastructure;

namespace OpenChorus.Web.Tests.Features.Accounts;

public sealed class DeactivateTests(TestApp app) : IClassFixture<TestApp>
{
    [Fact]
    public async Task Deactivate_WithoutTheCheckbox_AsksForIt()
    {
        using var portal = await AccountSteps.SignedInAsync(app, "hesitant@example.org");

        var page = await portal.SubmitAsync("/accounts/deactivate", new Dictionary<string, string>());

        Assert.Contains("Cochez « Désactiver mon accès »", page.QuerySelector("#Confirm-messages")!.TextContent, StringComparison.Ordinal);
        await portal.GetAsync("/accounts");
        Assert.Equal("/accounts", portal.CurrentUrl!.AbsolutePath);
    }

    [Fact]
    public async Task Deactivate_Confirmed_LogsOutAndRefusesLogin()
    {
        using var portal = await AccountSteps.SignedInAsync(app, "partant@example.org");
        var form = await portal.GetAsync("/accounts/deactivate");
        Assert.Equal("Désactiver mon accès", form.QuerySelector("label[for=Confirm]")!.TextContent.Trim());

        await portal.SubmitAsync(form, new Dictionary<string, string> { ["Confirm"] = "true" });
        await portal.GetAsync("/accounts");

        Assert.Equal("/accounts/public/login", portal.CurrentUrl!.AbsolutePath);
        var refused = await portal.SubmitAsync("/accounts/public/login", new Dictionary<string, string>
        {
            ["Email"] = "partant@example.org",
            ["Password"] = AccountSteps.DefaultPassword,
        });
        Assert.Contains("Votre compte est désactivé", refused.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("/accounts/public/login", portal.CurrentUrl!.AbsolutePath);
    }

    [Fact]
    public async Task Deactivate_Confirmed_EndsTheSessionsOpenElsewhereWithinAMinute()
    {
        using var here = await AccountSteps.SignedInAsync(app, "ailleurs@example.org");
        using var elsewhere = app.CreatePortalClient();
        await AccountSteps.SignInAsync(app, elsewhere, "ailleurs@example.org");

        await here.SubmitAsync("/accounts/deactivate", new Dictionary<string, string> { ["Confirm"] = "true" });
        app.Clock.Advance(TimeSpan.FromMinutes(2));
        await elsewhere.GetAsync("/accounts");

        Assert.Equal("/accounts/public/login", elsewhere.CurrentUrl!.AbsolutePath);
    }

    [Fact]
    public async Task Deactivate_PrincipalManager_IsAskedToTransferTheRoleFirst()
    {
        using var portal = await AccountSteps.SignedInAsync(app, "gp@example.org");
        var userId = await AccountSteps.UserIdAsync(app, "gp@example.org");
        await app.WithDbAsync(async db =>
        {
            var structure = new Structure { Identifier = "73282932000074", CompanyName = "Structure du GP" };
            db.Structures.Add(structure);
            await db.SaveChangesAsync();
            db.Memberships.Add(new Membership { StructureId = structure.Id, UserId = userId, Role = StructureRole.PrincipalManager });
            return await db.SaveChangesAsync();
        });

        var page = await portal.SubmitAsync("/accounts/deactivate", new Dictionary<string, string> { ["Confirm"] = "true" });

        Assert.Contains("transférez ce rôle", page.QuerySelector("main .fr-alert--error")!.TextContent, StringComparison.Ordinal);
        await portal.GetAsync("/accounts");
        Assert.Equal("/accounts", portal.CurrentUrl!.AbsolutePath);
    }
}
