using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using OpenChorus.EndToEnd.Steps;
using OpenChorus.Web.Data;
using OpenChorus.Web.Features.Invoices;
using static Microsoft.Playwright.Assertions;

namespace OpenChorus.EndToEnd;

/// <summary>The supplier's journeys in "Factures émises", in the browser and under axe-core: a UBL deposited and sent
/// without saving first, a draft left unsent then sent from the Synthèse, a suspension completed, a rejection processed.</summary>
public sealed class EmisesTests(PortalServer server, Browser browser) : IClassFixture<PortalServer>, IClassFixture<Browser>
{
    [Fact]
    public async Task DepositUbl_SentWithoutSavingFirst_ShowsTheDepositSummary()
    {
        var email = Seed.NewEmail("julie");
        var (_, _, siret) = await server.SupplierAsync(email, "Papeterie Julie");
        var (_, commune) = await server.PublicEntityAsync("Commune de Démo-sur-Test");
        var number = $"FX-{Guid.NewGuid():N}"[..12];
        var page = await browser.SignedInPageAsync(server, email);

        await page.OpenFacturesEmisesAsync();
        await page.UploadInvoiceAsync("facture.xml", SupplierSteps.Ubl(number, siret, commune, "TECHNIQUE"));
        await Expect(page.Locator("#donnees-xml")).ToContainTextAsync(number);
        await Expect(page.GetByLabel("SIRET du destinataire")).ToHaveValueAsync(commune);
        await Expect(page.GetByLabel("Code service")).ToHaveValueAsync("TECHNIQUE");
        await Expect(page.Locator("#destinataire-info")).ToContainTextAsync("Commune de Démo-sur-Test");
        await page.GetByRole(AriaRole.Button, new() { Name = "Valider et envoyer" }).ClickAsync();
        await page.ConfirmSendingAsync(number);

        await Expect(page.Locator("#historique")).ToContainTextAsync("Mise à disposition");
    }

    [Fact]
    public async Task Draft_LeftUnsent_IsShownAsDraftInTheSyntheseThenSentFromThere()
    {
        var email = Seed.NewEmail("karim");
        var (_, _, siret) = await server.SupplierAsync(email, "Karim Services");
        var (_, commune) = await server.PublicEntityAsync("Commune de Brouillon");
        var number = $"BR-{Guid.NewGuid():N}"[..12];
        var page = await browser.SignedInPageAsync(server, email);

        await page.OpenFacturesEmisesAsync();
        await page.UploadInvoiceAsync("facture.xml", SupplierSteps.Ubl(number, siret, commune, "ECOLES"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer" }).ClickAsync();
        await page.ExpectPageAsync("Factures émises");
        await Expect(page.Locator("#alerte-brouillons")).ToContainTextAsync("1 facture est en brouillon : elle n'est pas envoyée");
        var row = page.Locator("#brouillons tbody tr").Filter(new() { HasText = number });
        await Expect(row).ToContainTextAsync("Brouillon — non envoyée");

        await row.GetByRole(AriaRole.Link, new() { Name = $"Valider et envoyer la facture n° {number}" }).ClickAsync();
        await page.ConfirmSendingAsync(number);

        await page.OpenFacturesEmisesAsync();
        await Expect(page.Locator("#alerte-brouillons")).ToHaveCountAsync(0);
        await Expect(page.Locator("#dernieres")).ToContainTextAsync(number);
    }

    [Fact]
    public async Task Suspension_CompletedByTheSupplier_GoesBackToTheRecipient()
    {
        var email = Seed.NewEmail("lea");
        var (user, supplier, _) = await server.SupplierAsync(email, "Léa Nettoyage");
        var (_, commune) = await server.PublicEntityAsync("Commune Suspendue");
        var number = $"SU-{Guid.NewGuid():N}"[..12];
        var id = await server.SentThenAsync(email, user, supplier, commune, number, RecipientAction.Suspendre, "Merci de joindre le bon de livraison signé.");
        var page = await browser.SignedInPageAsync(server, email);

        await page.OpenFacturesEmisesAsync();
        await page.Locator("#suspendues").GetByRole(AriaRole.Link, new() { Name = $"Compléter la facture n° {number}" }).ClickAsync();
        await page.ExpectPageAsync($"Facture n° {number}");
        await Expect(page.Locator("#motif")).ToContainTextAsync("Merci de joindre le bon de livraison signé.");
        await page.Locator("#completer").GetByLabel("Pièces jointes").SetInputFilesAsync(new FilePayload { Name = "bon-livraison.pdf", MimeType = "application/pdf", Buffer = "%PDF-1.4 bon"u8.ToArray() });
        await page.Locator("#completer").GetByLabel("Commentaire").FillAsync("Voici le bon signé.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Compléter" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"La facture n° {number} est complétée");
        await page.ExpectPageAsync($"Facture n° {number}");
        await Expect(page.Locator("#pieces")).ToContainTextAsync("bon-livraison.pdf");
        Assert.Equal(InvoiceStatus.Completee, await StatusAsync(id));
    }

    [Fact]
    public async Task Rejection_ProcessedByTheSupplier_LeavesTheSynthese()
    {
        var email = Seed.NewEmail("marc");
        var (user, supplier, _) = await server.SupplierAsync(email, "Marc Travaux");
        var (_, commune) = await server.PublicEntityAsync("Commune Rejet");
        var number = $"RJ-{Guid.NewGuid():N}"[..12];
        var id = await server.SentThenAsync(email, user, supplier, commune, number, RecipientAction.Rejeter, "Montant erroné : émettez une nouvelle facture.");
        var page = await browser.SignedInPageAsync(server, email);

        await page.OpenFacturesEmisesAsync();
        await page.Locator("#rejetees").GetByRole(AriaRole.Link, new() { Name = $"Traiter le rejet de la facture n° {number}" }).ClickAsync();
        await Expect(page.Locator("#motif")).ToContainTextAsync("Montant erroné");
        await page.GetByRole(AriaRole.Button, new() { Name = "Traiter le rejet" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"Le rejet de la facture n° {number} est traité.");
        await page.OpenFacturesEmisesAsync();
        await Expect(page.Locator("#rejetees")).Not.ToContainTextAsync(number);
        Assert.Equal(InvoiceStatus.Rejetee, await StatusAsync(id));
    }

    private async Task<InvoiceStatus> StatusAsync(int id)
    {
        await using var scope = server.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Invoices.Where(i => i.Id == id).Select(i => i.Status).SingleAsync();
    }
}
