using System.Text;
using Microsoft.Playwright;
using OpenChorus.EndToEnd.Steps;
using static Microsoft.Playwright.Assertions;

namespace OpenChorus.EndToEnd;

/// <summary>The platform administrator's pages: public structures, their parameters and services, the directory import.</summary>
public sealed class AdministrationPagesTests(PortalServer server, Browser browser) : IClassFixture<PortalServer>, IClassFixture<Browser>
{
    [Fact]
    public async Task AdministrationPages_Administrator_HaveNoSeriousViolation()
    {
        var admin = Seed.NewEmail("admin");
        await server.UserAsync(admin, administrator: true);
        var siret = Seed.NewSiret();
        var page = await browser.SignedInPageAsync(server, admin);

        await page.MainMenu().GetByRole(AriaRole.Link, new() { Name = "Administration" }).ClickAsync();
        await page.ExpectPageAsync("Administration");

        await page.GetByRole(AriaRole.Link, new() { Name = "Créer une structure publique" }).ClickAsync();
        await page.ExpectPageAsync("Créer une structure publique");
        await page.GetByRole(AriaRole.Button, new() { Name = "Créer la structure publique" }).ClickAsync();
        await Expect(page.IdentifierField()).ToHaveAttributeAsync("aria-describedby", "Input_Identifier-error");
        await page.ExpectPageAsync("Créer une structure publique");

        await page.IdentifierField().FillAsync(siret);
        await page.GetByLabel("Raison sociale").FillAsync("Mairie de Montagne");
        await page.GetByLabel("Adresse", new() { Exact = true }).FillAsync("Place de la Mairie");
        await page.GetByLabel("Code postal").FillAsync("38000");
        await page.GetByLabel("Ville").FillAsync("Grenoble");
        await page.GetByLabel("Pays (code à 2 lettres)").FillAsync("FR");
        await page.GetByLabel("Adresse électronique de la structure").FillAsync("mairie@exemple.fr");
        await page.GetByLabel("Code service obligatoire").TickAsync();
        await page.GetByLabel("Gestionnaire principal").FillAsync(Seed.NewEmail("inconnu"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Créer la structure publique" }).ClickAsync();
        await Expect(page.GetByText("Aucun compte actif n'a cette adresse de connexion.")).ToBeVisibleAsync();
        await page.ExpectPageAsync("Créer une structure publique");

        await page.GetByLabel("Gestionnaire principal").FillAsync("");
        await page.GetByRole(AriaRole.Button, new() { Name = "Créer la structure publique" }).ClickAsync();
        await page.ExpectPageAsync("Mairie de Montagne");

        await page.GetByLabel("Numéro d'engagement obligatoire", new() { Exact = true }).TickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer les paramètres" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToBeVisibleAsync();
        await page.ExpectPageAsync("Mairie de Montagne");

        await page.GetByLabel("Code service", new() { Exact = true }).FillAsync("SERV-01");
        await page.GetByLabel("Libellé du service").FillAsync("Services techniques");
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer le service" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Table)).ToContainTextAsync("SERV-01");
        await page.ExpectPageAsync("Mairie de Montagne");
    }

    [Fact]
    public async Task Import_InvalidThenValidFile_ReportsErrorsWithoutSeriousViolation()
    {
        var admin = Seed.NewEmail("admin");
        await server.UserAsync(admin, administrator: true);
        var siret = Seed.NewSiret();
        var page = await browser.SignedInPageAsync(server, admin);

        await page.GotoAsync("/administration");
        await page.GetByRole(AriaRole.Link, new() { Name = "Importer un annuaire" }).ClickAsync();
        await page.ExpectPageAsync("Importer un annuaire de structures publiques");

        await page.GetByLabel("Fichier de l'annuaire").SetInputFilesAsync(Csv("STRUCTURE;123;Commune sans SIRET;;;;;N;N;N;N\n"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Importer" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Le fichier n'est pas importé");
        await page.ExpectPageAsync("Importer un annuaire de structures publiques");

        await page.GetByLabel("Fichier de l'annuaire").SetInputFilesAsync(Csv(
            $"STRUCTURE;{siret};Commune de Lac;1 place du Lac;74000;Annecy;mairie@exemple.fr;O;N;N;N\n"
            + $"SERVICE;{siret};ACHATS;Service achats;O;;;N;O\n"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Importer" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Table)).ToContainTextAsync("Commune de Lac");
        await page.ExpectPageAsync("Administration");
    }

    private static FilePayload Csv(string content) =>
        new() { Name = "annuaire.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(content) };
}
