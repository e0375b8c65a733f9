using Microsoft.Playwright;
using OpenChorus.EndToEnd.Steps;
using static Microsoft.Playwright.Assertions;

namespace OpenChorus.EndToEnd;

/// <summary>
/// The whole path of the platform foundation, in the browser, as two people at their own computers: Alice creates her
/// account and her company, Bruno joins it, gets "Factures émises" while signed in, then receives the principal role.
/// </summary>
public sealed class WalkThroughTests(PortalServer server, Browser browser) : IClassFixture<PortalServer>, IClassFixture<Browser>
{
    [Fact]
    public async Task WholePath_TwoNewAccounts_EndWithPrincipalRoleTransferred()
    {
        var alice = Seed.NewEmail("alice");
        var bruno = Seed.NewEmail("bruno");
        var siret = Seed.NewSiret();
        const string company = "Ateliers Durand";

        // Alice: account, activation from the e-mail, login with the e-mailed code.
        var principal = await browser.NewPageAsync(server);
        await principal.RegisterAndActivateAsync(server, alice, "Alice", "Durand");
        await principal.LogInAsync(server, alice);
        await Expect(principal.Heading()).ToHaveTextAsync("Mon compte");

        // A SIRET with a wrong key gets a French message; a valid one creates the structure.
        await principal.FillStructureAsync(WithWrongKey(siret), company);
        await principal.SubmitStructureAsync();
        await Expect(principal.GetByRole(AriaRole.Main)).ToContainTextAsync("n'est pas valide (clé de contrôle)");
        await Expect(principal.IdentifierField()).ToHaveAttributeAsync("aria-describedby", "Input_Identifier-error");
        await principal.IdentifierField().FillAsync(siret);
        await principal.SubmitStructureAsync();
        await Expect(principal.Heading()).ToHaveTextAsync(company);

        // Alice opens a space on it.
        await principal.OpenManagedStructureAsync(company);
        await principal.OpenSpaceAsync("Factures reçues");

        // Bruno: his own account; he has no "Factures émises" yet; he asks to be attached.
        var second = await browser.NewPageAsync(server);
        await second.RegisterAndActivateAsync(server, bruno, "Bruno", "Petit");
        await second.LogInAsync(server, bruno);
        await Expect(second.MainMenu().GetByRole(AriaRole.Link, new() { Name = "Factures émises" })).ToHaveCountAsync(0);
        await second.RequestAttachmentAsync(siret, company);

        // Alice accepts; Bruno is told by e-mail.
        var mailbox = new Mailbox(server.Mail);
        await principal.AcceptAttachmentAsync(bruno);
        var told = await mailbox.NextAsync(bruno);
        Assert.Contains(company, told.TextBody, StringComparison.Ordinal);
        await second.ExpectRoleAsync(company, "Utilisateur");

        // Alice subscribes Bruno to "Factures émises" in Modification: his next page shows the tab, without logging out.
        await principal.OpenManagedStructureAsync(company);
        await principal.SetSubscriptionAsync(bruno, "Factures émises", "Modification");
        await second.ReloadAsync();
        await second.MainMenu().GetByRole(AriaRole.Link, new() { Name = "Factures émises" }).ClickAsync();
        await Expect(second.Heading()).ToHaveTextAsync("Factures émises");
        await Expect(second.GetByRole(AriaRole.Row).Filter(new() { HasText = company })).ToContainTextAsync("Modification");

        // Alice transfers the principal role to Bruno.
        await principal.TransferPrincipalRoleAsync(company, "Bruno", bruno);
        await principal.ExpectRoleAsync(company, "Gestionnaire secondaire");
        await second.ExpectRoleAsync(company, "Gestionnaire principal");
    }

    /// <summary>The same SIRET with its last digit off by one: the Luhn key no longer matches.</summary>
    private static string WithWrongKey(string siret) =>
        siret[..13] + ((siret[13] - '0' + 1) % 10).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
