using OpenChorus.Web.Tests.Infrastructure;
using OtpNet;

namespace OpenChorus.Web.Tests.Features.Accounts;

public sealed class TwoFactorTests(TestApp app) : IClassFixture<TestApp>
{
    [Fact]
    public async Task SignIn_WrongEmailCode_IsRefused()
    {
        await AccountSteps.RegisterAndActivateAsync(app, "code.faux@example.org");
        using var portal = app.CreatePortalClient();
        var watch = new MailWatch(app.Mail);
        var twoFactor = await portal.SubmitAsync("/accounts/public/login", new Dictionary<string, string>
        {
            ["Email"] = "code.faux@example.org",
            ["Password"] = AccountSteps.DefaultPassword,
        });
        var real = MailWatch.CodeIn(await watch.NextAsync("code.faux@example.org"));

        var refused = await portal.SubmitAsync(twoFactor, new Dictionary<string, string> { ["Code"] = real == "000000" ? "111111" : "000000" });

        Assert.Equal("/accounts/public/twofactor", portal.CurrentUrl!.AbsolutePath);
        Assert.Contains("Ce code est incorrect ou a expiré.", refused.QuerySelector("#Code-messages")!.TextContent, StringComparison.Ordinal);
        await portal.GetAsync("/accounts");
        Assert.Equal("/accounts/public/login", portal.CurrentUrl!.AbsolutePath);
    }

    [Fact]
    public async Task SignIn_NewEmailCodeRequested_SendsOneThatWorks()
    {
        await AccountSteps.RegisterAndActivateAsync(app, "nouveau.code@example.org");
        using var portal = app.CreatePortalClient();
        var watch = new MailWatch(app.Mail);
        var twoFactor = await portal.SubmitAsync("/accounts/public/login", new Dictionary<string, string>
        {
            ["Email"] = "nouveau.code@example.org",
            ["Password"] = AccountSteps.DefaultPassword,
        });
        await watch.NextAsync("nouveau.code@example.org");

        var resendWatch = new MailWatch(app.Mail);
        var again = await portal.SubmitAsync(twoFactor, new Dictionary<string, string>(), "main form[action*='handler=Resend']");
        Assert.Contains("Un nouveau code vient d'être envoyé", again.Body!.TextContent, StringComparison.Ordinal);
        var code = MailWatch.CodeIn(await resendWatch.NextAsync("nouveau.code@example.org"));
        await portal.SubmitAsync(again, new Dictionary<string, string> { ["Code"] = code });

        Assert.Equal("/accounts", portal.CurrentUrl!.AbsolutePath);
    }

    [Fact]
    public async Task Authenticator_SetUp_IsAskedInsteadOfTheEmailCodeUntilRemoved()
    {
        using var portal = await AccountSteps.SignedInAsync(app, "totp@example.org");
        var setup = await portal.SubmitAsync("/accounts/security", new Dictionary<string, string>(), "main form[action*='handler=Start']");
        var key = setup.QuerySelector("#authenticator-key")!.TextContent.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        Assert.StartsWith("otpauth://totp/", setup.QuerySelector("#authenticator-uri")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(setup.QuerySelector("img[src^='data:image/png;base64,'][alt]"));

        var wrong = await portal.SubmitAsync(setup, new Dictionary<string, string> { ["Code"] = "12345" }, "main form[action*='handler=Verify']");
        Assert.Contains("Ce code est incorrect", wrong.QuerySelector("#Code-messages")!.TextContent, StringComparison.Ordinal);
        var done = await portal.SubmitAsync(wrong, new Dictionary<string, string> { ["Code"] = Totp(key) }, "main form[action*='handler=Verify']");
        Assert.Contains("Votre application d'authentification est configurée", done.Body!.TextContent, StringComparison.Ordinal);

        using var other = app.CreatePortalClient();
        var watch = new MailWatch(app.Mail);
        var askApp = await other.SubmitAsync("/accounts/public/login", new Dictionary<string, string>
        {
            ["Email"] = "totp@example.org",
            ["Password"] = AccountSteps.DefaultPassword,
        });
        Assert.Contains("application d'authentification", askApp.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        await other.SubmitAsync(askApp, new Dictionary<string, string> { ["Code"] = Totp(key) });
        Assert.Equal("/accounts", other.CurrentUrl!.AbsolutePath);
        Assert.True(await watch.NoneWithinAsync("totp@example.org", 0.5));

        await other.SubmitAsync("/accounts/security", new Dictionary<string, string>(), "main form[action*='handler=Remove']");
        using var third = app.CreatePortalClient();
        await AccountSteps.SignInAsync(app, third, "totp@example.org");
        Assert.Equal("/accounts", third.CurrentUrl!.AbsolutePath);
    }

    private static string Totp(string key) => new Totp(Base32Encoding.ToBytes(key)).ComputeTotp();
}
