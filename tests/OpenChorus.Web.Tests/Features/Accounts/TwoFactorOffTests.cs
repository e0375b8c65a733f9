using OpenChorus.Web.Tests.Infrastructure;

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
}
