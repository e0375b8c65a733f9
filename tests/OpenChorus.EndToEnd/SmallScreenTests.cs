using Microsoft.Playwright;
using OpenChorus.EndToEnd.Steps;
using static Microsoft.Playwright.Assertions;

namespace OpenChorus.EndToEnd;

/// <summary>On a phone-sized screen DSFR folds the header: the "Menu" button must give the tabs and the account links back.</summary>
public sealed class SmallScreenTests(PortalServer server, Browser browser) : IClassFixture<PortalServer>, IClassFixture<Browser>
{
    [Fact]
    public async Task Menu_PhoneSizedScreen_OpensTabsAndLogout()
    {
        var email = Seed.NewEmail("camille");
        var userId = await server.UserAsync(email);
        await server.StructureAsync(userId, "Petit Écran SAS");
        var page = await browser.SignedInPageAsync(server, email);
        await page.SetViewportSizeAsync(360, 740);
        await page.GotoAsync("/accounts");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Se déconnecter" })).ToBeHiddenAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Menu" }).ClickAsync();

        var menu = page.Locator("#menu-principal");
        await Expect(menu.GetByRole(AriaRole.Link, new() { Name = "Factures émises" })).ToBeVisibleAsync();
        await Expect(menu.GetByRole(AriaRole.Link, new() { Name = "Activités du gestionnaire" })).ToBeVisibleAsync();
        await page.AssertNoSeriousViolationsAsync();
        await menu.GetByRole(AriaRole.Button, new() { Name = "Se déconnecter" }).ClickAsync();
        await page.ExpectPageAsync("Bienvenue sur OpenChorus");
    }

    [Fact]
    public async Task Menu_PhoneSizedScreenAnonymous_OffersLogin()
    {
        var page = await browser.NewPageAsync(server);
        await page.SetViewportSizeAsync(360, 740);
        await page.GotoAsync("/");

        await page.GetByRole(AriaRole.Banner).GetByRole(AriaRole.Button, new() { Name = "Menu" }).ClickAsync();

        await page.Locator("#menu-principal").GetByRole(AriaRole.Link, new() { Name = "Se connecter" }).ClickAsync();
        await page.ExpectPageAsync("Se connecter à OpenChorus");
    }
}
