using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace OpenChorus.EndToEnd.Steps;

/// <summary>The account steps, through the real pages and the real mail, as a user would do them in the browser.</summary>
public static class AccountSteps
{
    /// <summary>A password that meets the rules (12 characters, upper, lower, digit, special).</summary>
    public const string Password = "Facture-Publique-2026";

    /// <summary>"Créer un compte", then the activation link from the e-mail, then the password; ends on the login page.</summary>
    public static async Task RegisterAndActivateAsync(this IPage page, PortalServer server, string email, string firstName, string lastName)
    {
        var mailbox = new Mailbox(server.Mail);
        await page.GotoAsync("/accounts/public/register");
        await page.GetByLabel("Adresse e-mail de connexion").FillAsync(email);
        await page.GetByLabel("Nom", new() { Exact = true }).FillAsync(lastName);
        await page.GetByLabel("Prénom", new() { Exact = true }).FillAsync(firstName);
        await page.GetByLabel("J'accepte les conditions générales").TickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Créer mon compte" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Vérifiez votre messagerie");

        var activation = await mailbox.NextAsync(email);
        await page.GotoAsync(Mailbox.LinkIn(activation));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Activer mon compte");
        await page.GetByLabel("Mot de passe", new() { Exact = true }).FillAsync(Password);
        await page.GetByLabel("Confirmation du mot de passe").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Soumettre" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/accounts/public/login"));
    }

    /// <summary>The login page, then the code e-mailed to the login address; ends signed in.</summary>
    public static async Task LogInAsync(this IPage page, PortalServer server, string email, string password = Password)
    {
        var mailbox = new Mailbox(server.Mail);
        await page.GotoAsync("/accounts/public/login");
        await page.GetByLabel("Adresse e-mail de connexion").FillAsync(email);
        await page.GetByLabel("Mot de passe", new() { Exact = true }).FillAsync(password);
        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Button, new() { Name = "Se connecter" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Vérification en deux étapes");

        var code = Mailbox.CodeIn(await mailbox.NextAsync(email, "Votre code de connexion OpenChorus"));
        await page.GetByLabel("Code de vérification").FillAsync(code);
        await page.GetByRole(AriaRole.Button, new() { Name = "Valider" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Se déconnecter" })).ToBeVisibleAsync();
    }
}
