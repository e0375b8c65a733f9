using OpenChorus.Web.Tests.Infrastructure;
using OtpNet;

namespace OpenChorus.Web.Tests.Features.Accounts;

public sealed class TwoFactorOffTests
{
    [Fact]
    public async Task SignIn_RequireTwoFactorOff_NeedsOnlyThePassword()
    {
        await using var app = new TestApp { Settings = { ["Accounts:RequireTwoFactor"] = "false" } };
        await AccountSteps.RegisterAndActivateAsync(app, "simple@example.org");
        using var portal = app.CreatePortalClient();
        var watch = new MailWatch(app.Mail);

        var page = await portal.SubmitAsync("/accounts/public/login", new Dictionary<string, string>
        {
            ["Email"] = "simple@example.org",
            ["Password"] = AccountSteps.DefaultPassword,
        });

        Assert.Equal("/accounts", portal.CurrentUrl!.AbsolutePath);
        Assert.Equal("Mon compte", page.QuerySelector("main h1")!.TextContent);
        Assert.True(await watch.NoneWithinAsync("simple@example.org", 0.5));
    }

    [Fact]
    public async Task SignIn_RequireTwoFactorOffButAuthenticatorSetUp_AsksTheAppCode()
    {
        await using var app = new TestApp { Settings = { ["Accounts:RequireTwoFactor"] = "false" } };
        await AccountSteps.RegisterAndActivateAsync(app, "prudent@example.org");
        using var portal = app.CreatePortalClient();
        await AccountSteps.SignInAsync(app, portal, "prudent@example.org");
        var setup = await portal.SubmitAsync("/accounts/security", new Dictionary<string, string>(), "main form[action*='handler=Start']");
        var key = setup.QuerySelector("#authenticator-key")!.TextContent.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        await portal.SubmitAsync(setup, new Dictionary<string, string> { ["Code"] = new Totp(Base32Encoding.ToBytes(key)).ComputeTotp() });

        using var other = app.CreatePortalClient();
        var page = await other.SubmitAsync("/accounts/public/login", new Dictionary<string, string>
        {
            ["Email"] = "prudent@example.org",
            ["Password"] = AccountSteps.DefaultPassword,
        });

        Assert.Equal("/accounts/public/twofactor", other.CurrentUrl!.AbsolutePath);
        Assert.Contains("application d'authentification", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        await AccountSteps.SignInAsync(app, other, "prudent@example.org", authenticatorKey: key);
        Assert.Equal("/accounts", other.CurrentUrl!.AbsolutePath);
    }
}
