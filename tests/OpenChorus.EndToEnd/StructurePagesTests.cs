using Microsoft.Playwright;
using OpenChorus.EndToEnd.Steps;
using OpenChorus.Web.Features.Structures;
using static Microsoft.Playwright.Assertions;

namespace OpenChorus.EndToEnd;

/// <summary>The user's structure pages ("Mon compte" > structures, subscriptions, transfer) and the spaces, under axe-core.</summary>
public sealed class StructurePagesTests(PortalServer server, Browser browser) : IClassFixture<PortalServer>, IClassFixture<Browser>
{
    [Fact]
    public async Task CreateStructure_EmptyThenInvalidSiret_ShowsFrenchErrorsWithoutSeriousViolation()
    {
        var email = Seed.NewEmail("eden");
        await server.UserAsync(email);
        var page = await browser.SignedInPageAsync(server, email);

        await page.VisitAsync("/structures/create", "Créer une structure");
        await page.SubmitStructureAsync();
        await Expect(page.IdentifierField()).ToHaveAttributeAsync("aria-describedby", "Input_Identifier-error");
        await page.ExpectPageAsync("Créer une structure");

        await page.FillStructureAsync("12345678901234", "Menuiserie Eden");
        await page.SubmitStructureAsync();
        await Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync("Le SIRET 12345678901234 n'est pas valide (clé de contrôle).");
        await page.ExpectPageAsync("Créer une structure");
    }

    [Fact]
    public async Task MyStructurePages_MemberAndPrincipal_HaveNoSeriousViolation()
    {
        var email = Seed.NewEmail("fanny");
        var colleague = Seed.NewEmail("gael");
        var userId = await server.UserAsync(email);
        var colleagueId = await server.UserAsync(colleague);
        var mine = await server.StructureAsync(userId, "Fanny Conseil");
        await server.MemberAsync(mine, colleagueId);
        await server.StructureAsync(colleagueId, "Gaël Transports");
        var page = await browser.SignedInPageAsync(server, email);

        await page.VisitAsync("/structures/mine/attachments", "Mes rattachements aux structures");
        await page.GetByRole(AriaRole.Link, new() { Name = "Demande de rattachement" }).ClickAsync();
        await page.ExpectPageAsync("Demande de rattachement");

        await page.GetByLabel("SIRET (au moins 3 chiffres) ou raison sociale exacte").FillAsync("12");
        await page.GetByRole(AriaRole.Button, new() { Name = "Rechercher" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Saisissez au moins 3 chiffres du SIRET.");
        await page.ExpectPageAsync("Demande de rattachement");

        await page.GetByLabel("SIRET (au moins 3 chiffres) ou raison sociale exacte").FillAsync("Gaël Transports");
        await page.GetByRole(AriaRole.Button, new() { Name = "Rechercher" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Table)).ToContainTextAsync("Gaël Transports");
        await page.ExpectPageAsync("Demande de rattachement");
        await page.GetByRole(AriaRole.Button, new() { Name = "Demander le rattachement" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Demandes de rattachement en cours" })).ToBeVisibleAsync();
        await page.ExpectPageAsync("Mes rattachements aux structures");

        await page.GetByRole(AriaRole.Link, new() { Name = "Transférer le rôle de gestionnaire principal" }).ClickAsync();
        await page.ExpectPageAsync("Transférer le rôle de gestionnaire principal");
        await page.GetByLabel("Rechercher un utilisateur").FillAsync("personne");
        await page.GetByRole(AriaRole.Button, new() { Name = "Rechercher un utilisateur" }).ClickAsync();
        await Expect(page.GetByText("Aucun utilisateur actif de la structure ne correspond.")).ToBeVisibleAsync();
        await page.ExpectPageAsync("Transférer le rôle de gestionnaire principal");
        await page.GetByLabel("Adresse de connexion du nouveau gestionnaire principal").FillAsync(Seed.NewEmail("inconnu"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Valider" }).ClickAsync();
        await Expect(page.Locator("#email-error")).ToBeVisibleAsync();
        await page.ExpectPageAsync("Transférer le rôle de gestionnaire principal");
    }

    [Fact]
    public async Task SubscriptionPagesAndSpaces_Member_HaveNoSeriousViolation()
    {
        var manager = Seed.NewEmail("hugo");
        var email = Seed.NewEmail("ines");
        var managerId = await server.UserAsync(manager);
        var userId = await server.UserAsync(email);
        var siret = Seed.NewSiret();
        var structure = await server.StructureAsync(managerId, "Hugo Bâtiment", isPublic: true, siret);
        await server.MemberAsync(structure, userId, StructureRole.User);
        var page = await browser.SignedInPageAsync(server, email);

        await page.VisitAsync("/structures/mine/subscriptions", "Mes abonnements aux espaces");
        await page.GetByRole(AriaRole.Link, new() { Name = "Ajouter un abonnement" }).ClickAsync();
        await page.ExpectPageAsync("Ajouter un abonnement");
        await page.GetByLabel("Structure").SelectOptionAsync(new SelectOptionValue { Label = $"Hugo Bâtiment ({siret})" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Afficher les espaces de la structure" }).ClickAsync();
        await Expect(page.GetByLabel("Espace")).ToBeVisibleAsync();
        await page.ExpectPageAsync("Ajouter un abonnement");

        await page.GetByLabel("Espace").SelectOptionAsync(new SelectOptionValue { Label = "Factures reçues" });
        await page.GetByRole(AriaRole.Group, new() { Name = "Mode" }).GetByLabel("Modification").TickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Valider" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Demandes d'abonnement en cours de validation" })).ToBeVisibleAsync();
        await page.ExpectPageAsync("Mes abonnements aux espaces");

        await page.GotoAsync("/structures/mine/subscriptions/add");
        await page.GetByLabel("Structure").SelectOptionAsync(new SelectOptionValue { Label = $"Hugo Bâtiment ({siret})" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Afficher les espaces de la structure" }).ClickAsync();
        await page.GetByLabel("Espace").SelectOptionAsync(new SelectOptionValue { Label = "Factures reçues" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Valider" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("déjà en cours de validation");
        await page.ExpectPageAsync("Ajouter un abonnement");

        await page.GetByLabel("Espace").SelectOptionAsync(new SelectOptionValue { Label = "Factures émises" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Valider" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Table)).ToContainTextAsync("Factures émises");
        await page.ExpectPageAsync("Mes abonnements aux espaces");

        await page.MainMenu().GetByRole(AriaRole.Link, new() { Name = "Factures émises" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Table).Filter(new() { HasText = "Hugo Bâtiment" })).ToHaveCountAsync(1);
        await page.ExpectPageAsync("Factures émises");
    }
}
