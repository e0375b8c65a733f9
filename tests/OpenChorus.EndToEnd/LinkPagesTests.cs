using System.Text.RegularExpressions;
using Microsoft.Playwright;
using OpenChorus.EndToEnd.Steps;
using static Microsoft.Playwright.Assertions;

namespace OpenChorus.EndToEnd;

/// <summary>The pages reached from an e-mailed link (activation, password reset), valid and with a refused password.</summary>
public sealed partial class LinkPagesTests(PortalServer server, Browser browser) : IClassFixture<PortalServer>, IClassFixture<Browser>
{
    [Fact]
    public async Task Activation_WeakPasswordThenRulesMet_ShowsErrorsWithoutSeriousViolation()
    {
        var email = Seed.NewEmail("malo");
        var mailbox = new Mailbox(server.Mail);
        var page = await browser.NewPageAsync(server);
        await page.GotoAsync("/accounts/public/register");
        await page.GetByLabel("Adresse e-mail de connexion").FillAsync(email);
        await page.GetByLabel("Nom", new() { Exact = true }).FillAsync("Robert");
        await page.GetByLabel("Prénom", new() { Exact = true }).FillAsync("Malo");
        await page.GetByLabel("J'accepte les conditions générales").TickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Créer mon compte" }).ClickAsync();
        await page.ExpectPageAsync("Vérifiez votre messagerie");

        await page.GotoAsync(Mailbox.LinkIn(await mailbox.NextAsync(email)));
        await page.ExpectPageAsync("Activer mon compte");
        await page.GetByLabel("Mot de passe", new() { Exact = true }).FillAsync("faible");
        await page.GetByLabel("Confirmation du mot de passe").FillAsync("faible");
        await page.GetByRole(AriaRole.Button, new() { Name = "Soumettre" }).ClickAsync();
        await Expect(page.Locator(".fr-message--error, .fr-alert--error").First).ToBeVisibleAsync();
        await page.ExpectPageAsync("Activer mon compte");

        await page.GetByLabel("Mot de passe", new() { Exact = true }).FillAsync(AccountSteps.Password);
        await page.GetByLabel("Confirmation du mot de passe").FillAsync(AccountSteps.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Soumettre" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(LoginPage());
        await page.ExpectPageAsync("Se connecter à OpenChorus");
    }

    [Fact]
    public async Task PasswordReset_MismatchThenValid_ShowsErrorsWithoutSeriousViolation()
    {
        var email = Seed.NewEmail("nora");
        await server.UserAsync(email);
        var mailbox = new Mailbox(server.Mail);
        var page = await browser.NewPageAsync(server);
        await page.GotoAsync("/accounts/public/login");
        await page.GetByRole(AriaRole.Link, new() { Name = "Mot de passe oublié ?" }).ClickAsync();
        await page.GetByLabel("Adresse e-mail de connexion").FillAsync(email);
        await page.GetByRole(AriaRole.Button, new() { Name = "Réinitialiser mon mot de passe" }).ClickAsync();

        await page.GotoAsync(Mailbox.LinkIn(await mailbox.NextAsync(email)));
        await Expect(page.GetByLabel("Nouveau mot de passe", new() { Exact = true })).ToBeVisibleAsync();
        await page.ExpectPageAsync("Choisir un nouveau mot de passe");
        await page.GetByLabel("Nouveau mot de passe", new() { Exact = true }).FillAsync("Nouveau-Mot-2026!");
        await page.GetByLabel("Confirmation du nouveau mot de passe").FillAsync("Autre-Mot-2026!");
        await page.GetByRole(AriaRole.Button, new() { Name = "Soumettre" }).ClickAsync();
        await Expect(page.Locator(".fr-message--error, .fr-alert--error").First).ToBeVisibleAsync();
        await page.ExpectPageAsync("Choisir un nouveau mot de passe");
    }

    [GeneratedRegex("/accounts/public/login")]
    private static partial Regex LoginPage();
}
