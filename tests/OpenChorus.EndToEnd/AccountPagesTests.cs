using System.Text.RegularExpressions;
using Microsoft.Playwright;
using OpenChorus.EndToEnd.Steps;
using static Microsoft.Playwright.Assertions;

namespace OpenChorus.EndToEnd;

/// <summary>"Mon compte" and its pages, signed in, including the pages that show validation errors.</summary>
public sealed partial class AccountPagesTests(PortalServer server, Browser browser) : IClassFixture<PortalServer>, IClassFixture<Browser>
{
    [Fact]
    public async Task MonComptePages_SignedIn_HaveNoSeriousViolation()
    {
        var email = Seed.NewEmail("dominique");
        await server.UserAsync(email);
        var page = await browser.SignedInPageAsync(server, email);

        await page.VisitAsync("/accounts", "Mon compte");
        foreach (var (link, heading) in new[]
        {
            ("Mes informations", "Mes informations"),
            ("Changer mon adresse de connexion", "Changer mon adresse de connexion"),
            ("Mes notifications", "Mes notifications"),
            ("Changer mon mot de passe", "Changer mon mot de passe"),
            ("Sécurité", "Sécurité"),
            ("Désactiver mon compte", "Désactiver mon compte"),
        })
        {
            await page.AccountMenu().GetByRole(AriaRole.Link, new() { Name = link, Exact = true }).ClickAsync();
            await page.ExpectPageAsync(heading);
        }

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Mon compte" }).GetByRole(AriaRole.Link, new() { Name = "Sécurité" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Configurer une application d'authentification" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Img, new() { Name = "QR code" })).ToBeVisibleAsync();
        await page.ExpectPageAsync("Sécurité");

        await page.GetByRole(AriaRole.Button, new() { Name = "Se déconnecter" }).ClickAsync();
        await page.ExpectPageAsync("Bienvenue sur OpenChorus");
        await page.GotoAsync("/accounts");
        await Expect(page).ToHaveURLAsync(LoginPage());
    }

    [Fact]
    public async Task MonComptePages_InvalidSubmissions_ShowErrorsWithoutSeriousViolation()
    {
        var email = Seed.NewEmail("dominique");
        await server.UserAsync(email);
        var page = await browser.SignedInPageAsync(server, email);

        await page.GotoAsync("/accounts/profile");
        await page.GetByLabel("Nom", new() { Exact = true }).FillAsync("");
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer" }).ClickAsync();
        await Expect(page.GetByLabel("Nom", new() { Exact = true })).ToHaveClassAsync(InputError());
        await page.ExpectPageAsync("Mes informations");

        await page.GotoAsync("/accounts/password");
        await page.GetByLabel("Mot de passe actuel").FillAsync("Pas-Le-Bon-Mot-2026");
        await page.GetByLabel("Nouveau mot de passe", new() { Exact = true }).FillAsync("court");
        await page.GetByLabel("Confirmation du nouveau mot de passe").FillAsync("autre");
        await page.GetByRole(AriaRole.Button, new() { Name = "Changer mon mot de passe" }).ClickAsync();
        await Expect(page.Locator(".fr-message--error, .fr-alert--error").First).ToBeVisibleAsync();
        await page.ExpectPageAsync("Changer mon mot de passe");

        await page.GotoAsync("/accounts/loginemail");
        await page.GetByLabel("Nouvelle adresse e-mail de connexion").FillAsync("pas-une-adresse");
        await page.GetByRole(AriaRole.Button, new() { Name = "Changer mon adresse de connexion" }).ClickAsync();
        await Expect(page.Locator(".fr-message--error, .fr-alert--error").First).ToBeVisibleAsync();
        await page.ExpectPageAsync("Changer mon adresse de connexion");

        await page.GotoAsync("/accounts/security");
        await page.GetByRole(AriaRole.Button, new() { Name = "Configurer une application d'authentification" }).ClickAsync();
        await page.GetByLabel("Code de vérification").FillAsync("000000");
        await page.GetByRole(AriaRole.Button, new() { Name = "Valider" }).ClickAsync();
        await Expect(page.GetByLabel("Code de vérification")).ToHaveClassAsync(InputError());
        await page.ExpectPageAsync("Sécurité");

        await page.GotoAsync("/accounts/deactivate");
        await page.GetByRole(AriaRole.Button, new() { Name = "Valider" }).ClickAsync();
        await Expect(page.Locator(".fr-message--error, .fr-alert--error").First).ToBeVisibleAsync();
        await page.ExpectPageAsync("Désactiver mon compte");
    }

    [GeneratedRegex("/accounts/public/login")]
    private static partial Regex LoginPage();

    [GeneratedRegex("fr-input--error")]
    private static partial Regex InputError();
}
