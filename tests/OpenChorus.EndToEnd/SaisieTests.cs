using Microsoft.Playwright;
using OpenChorus.EndToEnd.Steps;
using OpenChorus.Web.Features.Structures;
using static Microsoft.Playwright.Assertions;

namespace OpenChorus.EndToEnd;

/// <summary>An invoice keyed in with "Saisie", confirmed and sent, in the browser, under axe-core.</summary>
public sealed class SaisieTests(PortalServer server, Browser browser) : IClassFixture<PortalServer>, IClassFixture<Browser>
{
    [Fact]
    public async Task KeyedInInvoice_IsConfirmedThenSentWithItsOriginalAndRendering()
    {
        var email = Seed.NewEmail("saisie");
        var user = await server.UserAsync(email);
        var supplier = await server.StructureAsync(user, "Papeterie Lambert");
        await server.GrantAsync(supplier, user, Space.FacturesEmises);
        var recipientSiret = Seed.NewSiret();
        var recipient = await server.RecipientAsync(await server.UserAsync(Seed.NewEmail("maire")), "Commune de Saisie-sur-Loire", recipientSiret);
        var agent = await server.UserAsync(Seed.NewEmail("agent"));
        await server.GrantAsync(recipient, agent, Space.FacturesRecues, AccessMode.Consultation);
        var number = "F-" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();

        var page = await browser.SignedInPageAsync(server, email);
        await page.VisitAsync("/factures-emises/saisie", "Saisir une facture");
        await page.GetByLabel("Numéro de TVA intracommunautaire du fournisseur").FillAsync("FR32812345676");
        await page.GetByLabel("SIRET du destinataire").FillAsync(recipientSiret);
        await page.GetByLabel("Code service").FillAsync("TECHNIQUE");
        await page.GetByLabel("Numéro de facture").FillAsync(number);
        await page.GetByLabel("Désignation (ligne 1)").FillAsync("Ramettes de papier A4");
        await page.GetByLabel("Quantité (ligne 1)").FillAsync("10");
        await page.GetByLabel("Prix unitaire HT (€) (ligne 1)").FillAsync("4,50");
        await Expect(page.Locator("[data-total=ttc]")).ToContainTextAsync("54,00");

        // Without JavaScript's help the form grows by post back; what was typed stays.
        await page.GetByRole(AriaRole.Button, new() { Name = "Ajouter une ligne" }).ClickAsync();
        await Expect(page.Locator(".saisie-ligne")).ToHaveCountAsync(6);
        await Expect(page.GetByLabel("Désignation (ligne 1)")).ToHaveValueAsync("Ramettes de papier A4");
        await page.GetByLabel("Désignation (ligne 6)").FillAsync("Manuels scolaires");
        await page.GetByLabel("Quantité (ligne 6)").FillAsync("2");
        await page.GetByLabel("Prix unitaire HT (€) (ligne 6)").FillAsync("20");
        await page.GetByLabel("Taux de TVA", new() { Exact = false }).Nth(5).SelectOptionAsync("5.5");

        await page.GetByRole(AriaRole.Button, new() { Name = "Valider et envoyer" }).ClickAsync();
        await page.ExpectPageAsync("Confirmation d'envoi");
        await Expect(page.Locator("#total-ttc")).ToContainTextAsync("96,20");
        await page.GetByRole(AriaRole.Button, new() { Name = "Confirmer et envoyer" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"La facture n° {number} est validée, elle est en cours de transmission.");
        await page.ExpectPageAsync($"Facture n° {number}");
        await Expect(page.Locator("#donnees-facture + .fr-table")).ToContainTextAsync("Mise à disposition");
        await Expect(page.Locator("#pieces")).ToContainTextAsync($"facture-{number}.xml");
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = $"facture-{number}.pdf" }).ClickAsync());
        Assert.Equal($"facture-{number}.pdf", download.SuggestedFilename);
        Assert.NotNull(await server.StatusSeenByAsync(agent, int.Parse(page.Url.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture)));
    }
}
