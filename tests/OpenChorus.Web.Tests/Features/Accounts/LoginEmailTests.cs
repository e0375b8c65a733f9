using OpenChorus.Web.Tests.Infrastructure;

namespace OpenChorus.Web.Tests.Features.Accounts;

public sealed class LoginEmailTests(TestApp app) : IClassFixture<TestApp>
{
    [Fact]
    public async Task LoginEmail_ConfirmedByTheLink_BecomesTheLogin()
    {
        using var portal = await AccountSteps.SignedInAsync(app, "ancienne@example.org");
        var watch = new MailWatch(app.Mail);

        var account = await portal.SubmitAsync("/accounts/loginemail", new Dictionary<string, string>
        {
            ["NewEmail"] = "nouvelle@example.org",
            ["CurrentPassword"] = AccountSteps.DefaultPassword,
        });
        Assert.Contains("Un lien de confirmation a été envoyé à nouvelle@example.org", account.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal("ancienne@example.org", account.QuerySelector("#adresse-connexion")!.TextContent);
        var link = MailWatch.LinkIn(await watch.NextAsync("nouvelle@example.org"));

        var confirmWatch = new MailWatch(app.Mail);
        await portal.SubmitAsync(link, new Dictionary<string, string>());

        Assert.Equal("/accounts/public/login", portal.CurrentUrl!.AbsolutePath);
        Assert.Contains("nouvelle@example.org", (await confirmWatch.NextAsync("ancienne@example.org")).TextBody, StringComparison.Ordinal);
        using var other = app.CreatePortalClient();
        var page = await AccountSteps.SignInAsync(app, other, "nouvelle@example.org");
        Assert.Equal("nouvelle@example.org", page.QuerySelector("#adresse-connexion")!.TextContent);
        var old = await other.SubmitAsync("/accounts/public/login", new Dictionary<string, string>
        {
            ["Email"] = "ancienne@example.org",
            ["Password"] = AccountSteps.DefaultPassword,
        });
        Assert.Contains("mot de passe incorrect", old.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoginEmail_WrongPasswordOrInvalidAddress_ShowsFrenchMessages()
    {
        using var portal = await AccountSteps.SignedInAsync(app, "inchangee@example.org");

        var page = await portal.SubmitAsync("/accounts/loginemail", new Dictionary<string, string>
        {
            ["NewEmail"] = "pas-une-adresse",
            ["CurrentPassword"] = "",
        });

        Assert.Contains("Saisissez une adresse e-mail valide", page.QuerySelector("#NewEmail-messages")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Saisissez votre mot de passe actuel.", page.QuerySelector("#CurrentPassword-messages")!.TextContent, StringComparison.Ordinal);
    }
}
