using Microsoft.EntityFrameworkCore;
using OpenChorus.Web.Tests.Infrastructure;

namespace OpenChorus.Web.Tests.Features.Accounts;

public sealed class PasswordResetTests(TestApp app) : IClassFixture<TestApp>
{
    private const string NewPassword = "Nouveau-Secret-2027";

    [Fact]
    public async Task ForgotPassword_KnownAddress_LinkSetsANewPassword()
    {
        await AccountSteps.RegisterAndActivateAsync(app, "oubli@example.org");
        using var portal = app.CreatePortalClient();
        var link = await RequestAsync(portal, "oubli@example.org");

        await portal.SubmitAsync(link, new Dictionary<string, string> { ["Password"] = NewPassword, ["ConfirmPassword"] = NewPassword });

        Assert.Equal("/accounts/public/login", portal.CurrentUrl!.AbsolutePath);
        await AccountSteps.SignInAsync(app, portal, "oubli@example.org", NewPassword);
        Assert.Equal("/accounts", portal.CurrentUrl!.AbsolutePath);
        var reused = await portal.GetAsync(link);
        Assert.Contains("Ce lien n'est pas ou plus valable", reused.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ForgotPassword_UnknownAddress_GivesTheSameAnswerAndSendsNothing()
    {
        await AccountSteps.RegisterAndActivateAsync(app, "connu@example.org");
        using var portal = app.CreatePortalClient();
        var watch = new MailWatch(app.Mail);

        var unknown = await portal.SubmitAsync("/accounts/public/forgotpassword", new Dictionary<string, string> { ["Email"] = "inconnu@example.org" });
        var known = await portal.SubmitAsync("/accounts/public/forgotpassword", new Dictionary<string, string> { ["Email"] = "connu@example.org" });

        Assert.Equal(known.QuerySelector("main")!.TextContent, unknown.QuerySelector("main")!.TextContent);
        await watch.NextAsync("connu@example.org");
        Assert.True(await watch.NoneWithinAsync("inconnu@example.org", 0.5));
        Assert.False(await app.WithDbAsync(db => db.OutboxMails.AnyAsync(m => m.To == "inconnu@example.org")));
    }

    [Fact]
    public async Task ResetPassword_After61Minutes_IsRefusedWithAWayToAskAgain()
    {
        await AccountSteps.RegisterAndActivateAsync(app, "lent@example.org");
        using var portal = app.CreatePortalClient();
        var link = await RequestAsync(portal, "lent@example.org");

        app.Clock.Advance(TimeSpan.FromMinutes(61));
        var page = await portal.GetAsync(link);

        Assert.Contains("Ce lien n'est pas ou plus valable", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("main a[href='/accounts/public/forgotpassword']"));
        Assert.Null(page.QuerySelector("input[name=Password]"));
    }

    private async Task<string> RequestAsync(PortalClient portal, string email)
    {
        var watch = new MailWatch(app.Mail);
        var page = await portal.SubmitAsync("/accounts/public/forgotpassword", new Dictionary<string, string> { ["Email"] = email });
        Assert.Contains("Si un compte activé correspond à cette adresse", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        return MailWatch.LinkIn(await watch.NextAsync(email));
    }
}
