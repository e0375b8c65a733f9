using OpenChorus.Web.Tests.Infrastructure;

namespace OpenChorus.Web.Tests.Features.Accounts;

public sealed class LoginTests(TestApp app) : IClassFixture<TestApp>
{
    private const string WrongCredentials = "Adresse e-mail de connexion ou mot de passe incorrect.";

    [Fact]
    public async Task Login_WrongPasswordOrUnknownAddress_ShowsTheSameFrenchMessage()
    {
        await AccountSteps.RegisterAndActivateAsync(app, "connexion@example.org");
        using var portal = app.CreatePortalClient();

        var wrong = await TryAsync(portal, "connexion@example.org", "Mauvais-Mot-2026");
        var unknown = await TryAsync(portal, "personne@example.org", "Mauvais-Mot-2026");

        Assert.Contains(WrongCredentials, wrong, StringComparison.Ordinal);
        Assert.Contains(WrongCredentials, unknown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Login_NotActivatedAccount_ShowsTheGenericMessage()
    {
        using var portal = app.CreatePortalClient();
        await portal.SubmitAsync("/accounts/public/register", new Dictionary<string, string>
        {
            ["Email"] = "pas.active@example.org",
            ["LastName"] = "Pas",
            ["FirstName"] = "Active",
            ["AcceptTerms"] = "true",
        });

        var text = await TryAsync(portal, "pas.active@example.org", AccountSteps.DefaultPassword);

        Assert.Contains(WrongCredentials, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Login_FiveFailures_LocksTheAccountEvenForTheRightPassword()
    {
        await AccountSteps.RegisterAndActivateAsync(app, "verrou@example.org");
        using var portal = app.CreatePortalClient();
        for (var i = 0; i < 4; i++)
        {
            Assert.Contains(WrongCredentials, await TryAsync(portal, "verrou@example.org", "Mauvais-Mot-2026"), StringComparison.Ordinal);
        }

        var fifth = await TryAsync(portal, "verrou@example.org", "Mauvais-Mot-2026");
        var right = await TryAsync(portal, "verrou@example.org", AccountSteps.DefaultPassword);

        Assert.Contains("Votre compte est verrouillé", fifth, StringComparison.Ordinal);
        Assert.Contains("Votre compte est verrouillé", right, StringComparison.Ordinal);
        Assert.Equal("/accounts/public/login", portal.CurrentUrl!.AbsolutePath);
    }

    [Fact]
    public async Task Logout_SignedIn_EndsTheSession()
    {
        using var portal = await AccountSteps.SignedInAsync(app, "depart@example.org");
        var account = await portal.GetAsync("/accounts");

        await portal.SubmitAsync(account, new Dictionary<string, string>(), "header form[action='/accounts/logout']");
        await portal.GetAsync("/accounts");

        Assert.Equal("/accounts/public/login", portal.CurrentUrl!.AbsolutePath);
    }

    [Fact]
    public async Task Accounts_Anonymous_RedirectsToLogin()
    {
        using var portal = app.CreatePortalClient();

        var page = await portal.GetAsync("/accounts");

        Assert.Equal("/accounts/public/login", portal.CurrentUrl!.AbsolutePath);
        Assert.NotNull(page.QuerySelector("a[href='/accounts/public/resendactivation']"));
        Assert.NotNull(page.QuerySelector("a[href='/accounts/public/forgotpassword']"));
    }

    private static async Task<string> TryAsync(PortalClient portal, string email, string password)
    {
        var page = await portal.SubmitAsync("/accounts/public/login", new Dictionary<string, string>
        {
            ["Email"] = email,
            ["Password"] = password,
        });
        return page.QuerySelector("main")!.TextContent;
    }
}
