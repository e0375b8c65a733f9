using Microsoft.Playwright;

namespace OpenChorus.EndToEnd;

public sealed class PublicPagesTests(PortalServer server, Browser browser) : IClassFixture<PortalServer>, IClassFixture<Browser>
{
    [Fact]
    public async Task Home_Anonymous_OffersLoginAndAccountCreation()
    {
        var page = await browser.Instance.NewPageAsync(new BrowserNewPageOptions { BaseURL = server.BaseAddress.ToString() });

        await page.GotoAsync("/");

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Bienvenue sur OpenChorus");
        await Assertions.Expect(page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "Se connecter" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "Créer un compte" })).ToBeVisibleAsync();
        await page.AssertNoSeriousViolationsAsync();
    }
}
