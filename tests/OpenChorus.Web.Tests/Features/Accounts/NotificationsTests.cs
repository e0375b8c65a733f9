using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using OpenChorus.Web.Features.Structures;
using OpenChorus.Web.Tests.Infrastructure;

namespace OpenChorus.Web.Tests.Features.Accounts;

public sealed class NotificationsTests(TestApp app) : IClassFixture<TestApp>
{
    [Fact]
    public async Task Notifications_User_CanSwitchBillingOffAndNewsOn()
    {
        using var portal = await AccountSteps.SignedInAsync(app, "abonne@example.org");

        var account = await portal.SubmitAsync("/accounts/notifications", new Dictionary<string, string>
        {
            ["NotifyInvoicing"] = "false",
            ["NotifyNews"] = "true",
        });

        Assert.Equal("Non", account.QuerySelector("#notification-facturation")!.TextContent);
        Assert.Equal("Oui", account.QuerySelector("#notification-actualites")!.TextContent);
    }

    [Fact]
    public async Task Notifications_PrincipalManager_CannotSwitchBillingOff()
    {
        using var portal = await AccountSteps.SignedInAsync(app, "gestionnaire@example.org");
        await MakePrincipalManagerAsync("gestionnaire@example.org");

        var form = await portal.GetAsync("/accounts/notifications");
        var billing = form.QuerySelector<IHtmlInputElement>("#NotifyInvoicing")!;
        Assert.True(billing.IsDisabled);
        Assert.True(billing.IsChecked);
        Assert.Contains("gestionnaire principal", form.QuerySelector("label[for=NotifyInvoicing]")!.TextContent, StringComparison.Ordinal);
        // A browser does not send a disabled box; a forged request that does is overruled.
        var account = await portal.SubmitAsync(form, new Dictionary<string, string>
        {
            ["NotifyInvoicing"] = "false",
            ["NotifyNews"] = "true",
        });

        Assert.Equal("Oui", account.QuerySelector("#notification-facturation")!.TextContent);
        Assert.Equal("Oui", account.QuerySelector("#notification-actualites")!.TextContent);
    }

    private async Task MakePrincipalManagerAsync(string email)
    {
        var userId = await AccountSteps.UserIdAsync(app, email);
        await app.WithDbAsync(async db =>
        {
            var structure = new Structure { Identifier = "35600000000048", CompanyName = "Entreprise de test" };
            db.Structures.Add(structure);
            await db.SaveChangesAsync();
            db.Memberships.Add(new Membership { StructureId = structure.Id, UserId = userId, Role = StructureRole.PrincipalManager });
            return await db.SaveChangesAsync();
        });
    }
}
