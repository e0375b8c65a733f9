using System.Text.RegularExpressions;
using Microsoft.Playwright;
using OpenChorus.EndToEnd.Steps;
using static Microsoft.Playwright.Assertions;

namespace OpenChorus.EndToEnd;

public sealed partial class PublicPagesTests(PortalServer server, Browser browser) : IClassFixture<PortalServer>, IClassFixture<Browser>
{
    [Fact]
    public async Task Home_Anonymous_OffersLoginAndAccountCreation()
    {
        var page = await browser.NewPageAsync(server);

        await page.GotoAsync("/");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Bienvenue sur OpenChorus");
        await Expect(page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "Se connecter" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "Créer un compte" })).ToBeVisibleAsync();
        await page.AssertNoSeriousViolationsAsync();
    }

    [Fact]
    public async Task PublicAccountPages_Anonymous_HaveNoSeriousViolation()
    {
        var page = await browser.NewPageAsync(server);

        await page.VisitAsync("/accounts/public/login", "Se connecter à OpenChorus");
        await page.VisitAsync("/accounts/public/register", "Créer un compte");
        await page.VisitAsync("/accounts/public/forgotpassword", "Mot de passe oublié ?");
        await page.VisitAsync("/accounts/public/resendactivation", "Lien d'activation perdu ?");
        await page.VisitAsync("/accounts/public/activate?user=00000000-0000-0000-0000-000000000000&token=x", "Activer mon compte");
        await page.VisitAsync("/accounts/public/resetpassword?user=00000000-0000-0000-0000-000000000000&token=x", "Choisir un nouveau mot de passe");
        await page.VisitAsync("/accounts/public/confirmloginemail?user=00000000-0000-0000-0000-000000000000&token=x", "Confirmer ma nouvelle adresse de connexion");
    }

    [Fact]
    public async Task PublicAccountPages_AfterSubmission_HaveNoSeriousViolation()
    {
        var page = await browser.NewPageAsync(server);

        await page.GotoAsync("/accounts/public/register");
        await page.GetByRole(AriaRole.Button, new() { Name = "Créer mon compte" }).ClickAsync();
        await Expect(page.GetByLabel("Nom", new() { Exact = true })).ToHaveClassAsync(InputError());
        await page.ExpectPageAsync("Créer un compte");

        await page.GotoAsync("/accounts/public/forgotpassword");
        await page.GetByLabel("Adresse e-mail de connexion").FillAsync(Seed.NewEmail("inconnu"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Réinitialiser mon mot de passe" }).ClickAsync();
        await page.ExpectPageAsync("Mot de passe oublié ?");

        await page.GotoAsync("/accounts/public/resendactivation");
        await page.GetByLabel("Adresse e-mail de connexion").FillAsync(Seed.NewEmail("inconnu"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Recevoir un nouveau lien" }).ClickAsync();
        await page.ExpectPageAsync("Lien d'activation perdu ?");
    }

    [Fact]
    public async Task LoginAndTwoFactor_WrongPasswordThenWrongCode_ShowFrenchErrorsWithoutSeriousViolation()
    {
        var email = Seed.NewEmail("claude");
        await server.UserAsync(email);
        var page = await browser.NewPageAsync(server);

        await page.GotoAsync("/accounts/public/login");
        await page.GetByLabel("Adresse e-mail de connexion").FillAsync(email);
        await page.GetByLabel("Mot de passe", new() { Exact = true }).FillAsync("Mauvais-Mot-De-Passe-1");
        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Button, new() { Name = "Se connecter" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Adresse e-mail de connexion ou mot de passe incorrect.");
        await page.ExpectPageAsync("Se connecter à OpenChorus");

        await page.GetByLabel("Adresse e-mail de connexion").FillAsync(email);
        await page.GetByLabel("Mot de passe", new() { Exact = true }).FillAsync(AccountSteps.Password);
        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Button, new() { Name = "Se connecter" }).ClickAsync();
        await page.ExpectPageAsync("Vérification en deux étapes");

        await page.GetByLabel("Code de vérification").FillAsync("000000");
        await page.GetByRole(AriaRole.Button, new() { Name = "Valider" }).ClickAsync();
        await Expect(page.GetByLabel("Code de vérification")).ToHaveClassAsync(InputError());
        await Expect(page.GetByText("Ce code est incorrect ou a expiré.")).ToBeVisibleAsync();
        await page.ExpectPageAsync("Vérification en deux étapes");
    }

    [GeneratedRegex("fr-input--error")]
    private static partial Regex InputError();
}
