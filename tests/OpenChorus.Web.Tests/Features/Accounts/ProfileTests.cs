using OpenChorus.Web.Tests.Infrastructure;

namespace OpenChorus.Web.Tests.Features.Accounts;

public sealed class ProfileTests(TestApp app) : IClassFixture<TestApp>
{
    [Fact]
    public async Task Profile_Saved_ShowsTheNewValuesInMonCompte()
    {
        using var portal = await AccountSteps.SignedInAsync(app, "profil@example.org");

        var account = await portal.SubmitAsync("/accounts/profile", new Dictionary<string, string>
        {
            ["LastName"] = "Durand",
            ["FirstName"] = "Hélène",
            ["PhoneNumber"] = "06 12 34 56 78",
            ["ContactEmail"] = "contact.helene@example.org",
        });

        Assert.Equal("/accounts", portal.CurrentUrl!.AbsolutePath);
        Assert.Equal("Durand", account.QuerySelector("#nom")!.TextContent);
        Assert.Equal("Hélène", account.QuerySelector("#prenom")!.TextContent);
        Assert.Equal("06 12 34 56 78", account.QuerySelector("#telephone")!.TextContent);
        Assert.Equal("contact.helene@example.org", account.QuerySelector("#adresse-contact")!.TextContent);
        Assert.Equal("profil@example.org", account.QuerySelector("#adresse-connexion")!.TextContent);
    }

    [Fact]
    public async Task Profile_Invalid_ShowsFrenchMessages()
    {
        using var portal = await AccountSteps.SignedInAsync(app, "profil.invalide@example.org");

        var page = await portal.SubmitAsync("/accounts/profile", new Dictionary<string, string>
        {
            ["LastName"] = "",
            ["ContactEmail"] = "pas une adresse",
        });

        Assert.Equal("Saisissez votre nom.", page.QuerySelector("#LastName-messages")!.TextContent.Trim());
        Assert.Contains("adresse e-mail de contact valide", page.QuerySelector("#ContactEmail-messages")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Password_Changed_SignsInWithTheNewOne()
    {
        using var portal = await AccountSteps.SignedInAsync(app, "change.mdp@example.org");

        var wrong = await portal.SubmitAsync("/accounts/password", new Dictionary<string, string>
        {
            ["CurrentPassword"] = "Pas-Le-Bon-2026",
            ["NewPassword"] = "Tout-Nouveau-2027",
            ["ConfirmPassword"] = "Tout-Nouveau-2027",
        });
        Assert.Contains("Le mot de passe est incorrect.", wrong.QuerySelector("#CurrentPassword-messages")!.TextContent, StringComparison.Ordinal);
        await portal.SubmitAsync("/accounts/password", new Dictionary<string, string>
        {
            ["CurrentPassword"] = AccountSteps.DefaultPassword,
            ["NewPassword"] = "Tout-Nouveau-2027",
            ["ConfirmPassword"] = "Tout-Nouveau-2027",
        });

        Assert.Equal("/accounts", portal.CurrentUrl!.AbsolutePath);
        using var other = app.CreatePortalClient();
        await AccountSteps.SignInAsync(app, other, "change.mdp@example.org", "Tout-Nouveau-2027");
    }
}
