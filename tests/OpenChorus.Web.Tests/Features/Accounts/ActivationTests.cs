using OpenChorus.Web.Tests.Infrastructure;

namespace OpenChorus.Web.Tests.Features.Accounts;

public sealed class ActivationTests(TestApp app) : IClassFixture<TestApp>
{
    [Fact]
    public async Task Activate_After61Minutes_IsRefusedWithAWayToGetANewLink()
    {
        using var portal = app.CreatePortalClient();
        var link = await RegisterAsync(portal, "en.retard@example.org");

        app.Clock.Advance(TimeSpan.FromMinutes(61));
        var expired = await portal.GetAsync(link);

        Assert.Contains("Ce lien d'activation a expiré", expired.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Null(expired.QuerySelector("input[name=Password]"));
        var resend = expired.QuerySelector("main a[href='/accounts/public/resendactivation']");
        Assert.NotNull(resend);

        var watch = new MailWatch(app.Mail);
        await portal.SubmitAsync("/accounts/public/resendactivation", new Dictionary<string, string> { ["Email"] = "en.retard@example.org" });
        var fresh = MailWatch.LinkIn(await watch.NextAsync("en.retard@example.org"));
        await portal.SubmitAsync(fresh, new Dictionary<string, string>
        {
            ["Password"] = AccountSteps.DefaultPassword,
            ["ConfirmPassword"] = AccountSteps.DefaultPassword,
        });
        Assert.Equal("/accounts/public/login", portal.CurrentUrl!.AbsolutePath);
    }

    [Fact]
    public async Task Activate_After59Minutes_IsAccepted()
    {
        using var portal = app.CreatePortalClient();
        var link = await RegisterAsync(portal, "juste.a.temps@example.org");

        app.Clock.Advance(TimeSpan.FromMinutes(59));
        var page = await portal.GetAsync(link);

        Assert.NotNull(page.QuerySelector("input[name=Password]"));
    }

    [Fact]
    public async Task Activate_PasswordNotMeetingRules_ShowsFrenchMessagesAndKeepsAccountInactive()
    {
        using var portal = app.CreatePortalClient();
        var link = await RegisterAsync(portal, "mot.de.passe.faible@example.org");

        var weak = await portal.SubmitAsync(link, new Dictionary<string, string> { ["Password"] = "court", ["ConfirmPassword"] = "court" });
        var mismatch = await portal.SubmitAsync(link, new Dictionary<string, string>
        {
            ["Password"] = AccountSteps.DefaultPassword,
            ["ConfirmPassword"] = "Autre-Chose-2026",
        });

        var messages = weak.QuerySelector("#Password-messages")!.TextContent;
        Assert.Contains("Le mot de passe doit contenir au moins 12 caractères.", messages, StringComparison.Ordinal);
        Assert.Contains("au moins une lettre majuscule", messages, StringComparison.Ordinal);
        Assert.Contains("au moins un chiffre", messages, StringComparison.Ordinal);
        Assert.Contains("Les deux mots de passe ne sont pas identiques.", mismatch.QuerySelector("#ConfirmPassword-messages")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(mismatch.QuerySelector("input[name=Password]"));
    }

    [Fact]
    public async Task Activate_LinkUsedTwice_IsRefusedTheSecondTime()
    {
        using var portal = app.CreatePortalClient();
        var link = await RegisterAsync(portal, "deux.fois@example.org");
        var fields = new Dictionary<string, string> { ["Password"] = AccountSteps.DefaultPassword, ["ConfirmPassword"] = AccountSteps.DefaultPassword };
        await portal.SubmitAsync(link, fields);

        var again = await portal.GetAsync(link);

        Assert.Contains("Ce lien d'activation n'est pas valable", again.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    private async Task<string> RegisterAsync(PortalClient portal, string email)
    {
        var watch = new MailWatch(app.Mail);
        await portal.SubmitAsync("/accounts/public/register", new Dictionary<string, string>
        {
            ["Email"] = email,
            ["LastName"] = "Test",
            ["FirstName"] = "Activation",
            ["AcceptTerms"] = "true",
        });
        return MailWatch.LinkIn(await watch.NextAsync(email));
    }
}
