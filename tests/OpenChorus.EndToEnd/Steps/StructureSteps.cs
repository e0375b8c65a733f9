using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace OpenChorus.EndToEnd.Steps;

/// <summary>The structure, rattachement, space and role steps, through the pages and their labelled controls.</summary>
public static partial class StructureSteps
{
    public static ILocator MainMenu(this IPage page) => page.GetByRole(AriaRole.Navigation, new() { Name = "Menu principal" });

    /// <summary>The "Mon compte" side menu.</summary>
    public static ILocator AccountMenu(this IPage page) => page.GetByRole(AriaRole.Navigation, new() { Name = "Mon compte" });

    public static ILocator Heading(this IPage page) => page.GetByRole(AriaRole.Heading, new() { Level = 1 });

    /// <summary>The "Identifiant" field of a structure form (its label goes on with the hint).</summary>
    public static ILocator IdentifierField(this IPage page) => page.GetByLabel(IdentifierLabel());

    /// <summary>"Mon compte" > "Créer une structure", filled with a private SIRET structure (Paris); does not submit.</summary>
    public static async Task FillStructureAsync(this IPage page, string siret, string name)
    {
        await page.MainMenu().GetByRole(AriaRole.Link, new() { Name = "Mon compte" }).ClickAsync();
        await page.AccountMenu().GetByRole(AriaRole.Link, new() { Name = "Créer une structure" }).ClickAsync();
        await Expect(page.Heading()).ToHaveTextAsync("Créer une structure");
        await page.GetByLabel("Type d'identifiant").SelectOptionAsync(new SelectOptionValue { Label = "SIRET" });
        await page.IdentifierField().FillAsync(siret);
        await page.GetByLabel("Raison sociale").FillAsync(name);
        await page.GetByLabel("Adresse", new() { Exact = true }).FillAsync("12 rue des Artisans");
        await page.GetByLabel("Code postal").FillAsync("69002");
        await page.GetByLabel("Ville").FillAsync("Lyon");
        await page.GetByLabel("Pays (code à 2 lettres)").FillAsync("FR");
        await page.GetByLabel("Adresse électronique de la structure").FillAsync("contact@exemple.fr");
    }

    public static Task SubmitStructureAsync(this IPage page) =>
        page.GetByRole(AriaRole.Button, new() { Name = "Créer la structure" }).ClickAsync();

    /// <summary>"Activités du gestionnaire" > "Mes structures" > "Modifier" on the structure's row.</summary>
    public static async Task OpenManagedStructureAsync(this IPage page, string name)
    {
        await page.MainMenu().GetByRole(AriaRole.Link, new() { Name = "Activités du gestionnaire" }).ClickAsync();
        await page.GetByRole(AriaRole.Row).Filter(new() { HasText = name }).GetByRole(AriaRole.Link, new() { Name = "Modifier" }).ClickAsync();
        await Expect(page.Heading()).ToHaveTextAsync(name);
    }

    /// <summary>On the structure's page, "Ajouter des espaces" with one space ticked.</summary>
    public static async Task OpenSpaceAsync(this IPage page, string space)
    {
        await page.GetByRole(AriaRole.Group, new() { Name = "Ajouter des espaces" }).GetByLabel(space, new() { Exact = true }).TickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Ajouter des espaces" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = $"Fermer l'espace {space}" })).ToBeVisibleAsync();
    }

    /// <summary>"Mon compte" > "Mes rattachements" > "Demande de rattachement": search by SIRET digits, then ask.</summary>
    public static async Task RequestAttachmentAsync(this IPage page, string siret, string name)
    {
        await page.MainMenu().GetByRole(AriaRole.Link, new() { Name = "Mon compte" }).ClickAsync();
        await page.AccountMenu().GetByRole(AriaRole.Link, new() { Name = "Mes rattachements aux structures" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Demande de rattachement" }).ClickAsync();
        await page.GetByLabel("SIRET (au moins 3 chiffres) ou raison sociale exacte").FillAsync(siret[..9]);
        await page.GetByRole(AriaRole.Button, new() { Name = "Rechercher" }).ClickAsync();
        await page.GetByRole(AriaRole.Row).Filter(new() { HasText = name })
            .GetByRole(AriaRole.Button, new() { Name = "Demander le rattachement" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Votre demande de rattachement est envoyée");
        await Expect(page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Listitem).Filter(new() { HasText = name })).ToBeVisibleAsync();
    }

    /// <summary>"Activités du gestionnaire" > "Les demandes de rattachement" > "Accepter" on the user's request.</summary>
    public static async Task AcceptAttachmentAsync(this IPage page, string userEmail)
    {
        await page.MainMenu().GetByRole(AriaRole.Link, new() { Name = "Activités du gestionnaire" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = $"Accepter la demande de {userEmail}" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = $"Accepter la demande de {userEmail}" })).ToHaveCountAsync(0);
    }

    /// <summary>On the structure's page, the user's "Abonnements", then a mode for one space, then "Valider".</summary>
    public static async Task SetSubscriptionAsync(this IPage page, string userEmail, string space, string mode)
    {
        await page.GetByRole(AriaRole.Link, new() { Name = $"Abonnements de {userEmail}" }).ClickAsync();
        await Expect(page.Heading()).ToHaveTextAsync($"Abonnements de {userEmail}");
        await page.GetByLabel(space, new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = mode });
        await page.GetByRole(AriaRole.Button, new() { Name = "Valider" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToBeVisibleAsync();
        await Expect(page.GetByLabel(space, new() { Exact = true })).ToHaveValueAsync(mode);
    }

    /// <summary>"Mon compte" > "Mes rattachements" > the transfer icon > "Rechercher un utilisateur" > choose > "Valider".</summary>
    public static async Task TransferPrincipalRoleAsync(this IPage page, string structure, string search, string newPrincipal)
    {
        await page.MainMenu().GetByRole(AriaRole.Link, new() { Name = "Mon compte" }).ClickAsync();
        await page.AccountMenu().GetByRole(AriaRole.Link, new() { Name = "Mes rattachements aux structures" }).ClickAsync();
        await page.GetByRole(AriaRole.Row).Filter(new() { HasText = structure })
            .GetByRole(AriaRole.Link, new() { Name = "Transférer le rôle de gestionnaire principal" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync($"gestionnaire principal de la structure {structure}");
        await page.GetByLabel("Rechercher un utilisateur").FillAsync(search);
        await page.GetByRole(AriaRole.Button, new() { Name = "Rechercher un utilisateur" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = $"Choisir {newPrincipal}" }).ClickAsync();
        await Expect(page.GetByLabel("Adresse de connexion du nouveau gestionnaire principal")).ToHaveValueAsync(newPrincipal);
        await page.GetByRole(AriaRole.Button, new() { Name = "Valider" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Vous êtes maintenant gestionnaire secondaire");
    }

    /// <summary>The role shown on "Mes rattachements aux structures" for a structure.</summary>
    public static async Task ExpectRoleAsync(this IPage page, string structure, string role)
    {
        await page.GotoAsync("/structures/mine/attachments");
        await Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = structure })).ToContainTextAsync(role);
    }

    [GeneratedRegex("^Identifiant")]
    private static partial Regex IdentifierLabel();
}
