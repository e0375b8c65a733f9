using Microsoft.Playwright;

namespace OpenChorus.EndToEnd.Steps;

/// <summary>Browser sessions on the portal: each has its own cookies, like a separate person at their own computer.</summary>
public static class Sessions
{
    public static async Task<IPage> NewPageAsync(this Browser browser, PortalServer server)
    {
        // The machine running the lanes is shared: give pages and assertions the same, generous, wait.
        Microsoft.Playwright.Assertions.SetDefaultExpectTimeout(15_000);
        var context = await browser.Instance.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = server.BaseAddress.ToString(),
            Locale = "fr-FR",
        });
        context.SetDefaultTimeout(15_000);
        return await context.NewPageAsync();
    }

    /// <summary>A new session signed in (password, then the e-mailed code) as an account created in <see cref="Seed"/>.</summary>
    public static async Task<IPage> SignedInPageAsync(this Browser browser, PortalServer server, string email)
    {
        var page = await browser.NewPageAsync(server);
        await page.LogInAsync(server, email);
        return page;
    }

    /// <summary>Opens <paramref name="path"/>, checks the main heading, then runs axe-core.</summary>
    public static async Task VisitAsync(this IPage page, string path, string heading)
    {
        await page.GotoAsync(path);
        await Microsoft.Playwright.Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(heading);
        await page.AssertNoSeriousViolationsAsync();
    }

    /// <summary>Checks the main heading of the page reached, then runs axe-core.</summary>
    public static async Task ExpectPageAsync(this IPage page, string heading)
    {
        await Microsoft.Playwright.Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(heading);
        await page.AssertNoSeriousViolationsAsync();
    }

    /// <summary>
    /// Ticks a DSFR checkbox or radio found by its label. DSFR draws the box on the label, which takes the click; the
    /// input itself is visually hidden, so Playwright is told not to wait for it to receive pointer events.
    /// </summary>
    public static async Task TickAsync(this ILocator box)
    {
        await box.CheckAsync(new() { Force = true });
        await Microsoft.Playwright.Assertions.Expect(box).ToBeCheckedAsync();
    }
}
