using Microsoft.Playwright;
using OpenChorus.EndToEnd.Steps;
using OpenChorus.Web.Features.Invoices;
using OpenChorus.Web.Features.Structures;
using static Microsoft.Playwright.Assertions;

namespace OpenChorus.EndToEnd;

/// <summary>
/// A subcontractor's invoice (A9) and its titulaire, in the browser: validated by the titulaire and sent on to the
/// public entity — its agent finds it in the "Factures reçues" Synthèse — or validated tacitly after fifteen days.
/// </summary>
public sealed class AValiderTests(PortalServer server, Browser browser) : IClassFixture<PortalServer>, IClassFixture<Browser>
{
    [Fact]
    public async Task SubcontractorInvoice_ValidatedByTheTitulaire_ArrivesAtThePublicEntity()
    {
        var circuit = await CircuitAsync("st");
        var page = await browser.SignedInPageAsync(server, circuit.TitulaireEmail);

        await page.OpenInvoiceToValidateAsync(circuit.Number);
        await page.AssertNoSeriousViolationsAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer" }).ClickAsync();
        await Expect(page.GetByText("Cochez « Vous êtes titulaire du marché » pour valider")).ToBeVisibleAsync();
        await page.AssertNoSeriousViolationsAsync();

        await page.GetByLabel("Vous êtes titulaire du marché").TickAsync();
        await page.GetByLabel("Complément d'information").FillAsync("Travaux de cloisons réceptionnés.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"Vous avez validé la facture n° {circuit.Number}");
        await Expect(page.Locator("#donnees-facture + .fr-table")).ToContainTextAsync("Mise à disposition");
        await Expect(page.Locator("#historique")).ToContainTextAsync("Validation par le titulaire");
        await Expect(page.Locator("#historique")).ToContainTextAsync("Travaux de cloisons réceptionnés.");
        await Expect(page.Locator("#historique")).ToContainTextAsync("Mise à disposition du destinataire");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer" })).ToHaveCountAsync(0);
        Assert.Equal(InvoiceStatus.MiseADisposition, await server.StatusSeenByAsync(circuit.Agent, circuit.InvoiceId));
        await server.Mail.WaitForAsync(circuit.AgentEmail, m => m.Subject?.Contains(circuit.Number, StringComparison.Ordinal) == true);

        var agentPage = await browser.SignedInPageAsync(server, circuit.AgentEmail);
        await agentPage.VisitAsync("/factures-recues", "Factures reçues");
        await Expect(agentPage.GetByRole(AriaRole.Main)).ToContainTextAsync(circuit.Number);
    }

    [Fact]
    public async Task SubcontractorInvoice_WithoutAnswerForFifteenDays_IsValidatedTacitly()
    {
        var circuit = await CircuitAsync("tacite");
        var page = await browser.SignedInPageAsync(server, circuit.TitulaireEmail);
        await page.MainMenu().GetByRole(AriaRole.Link, new() { Name = "Factures à valider" }).ClickAsync();
        await Expect(page.Locator($"tr[data-invoice='{circuit.InvoiceId}']")).ToContainTextAsync("15 jours");
        await page.AssertNoSeriousViolationsAsync();
        Assert.Null(await server.StatusSeenByAsync(circuit.Agent, circuit.InvoiceId));

        await server.RunTacitValidationAsync(Invoice.ValidationDelay + TimeSpan.FromMinutes(1));

        await page.ReloadAsync();
        await Expect(page.Locator($"tr[data-invoice='{circuit.InvoiceId}']")).ToHaveCountAsync(0);
        await page.GotoAsync($"/factures-a-valider/{circuit.InvoiceId}");
        await Expect(page.Locator("#historique")).ToContainTextAsync("Validation tacite (absence de réponse sous 15 jours)");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer" })).ToHaveCountAsync(0);
        Assert.Equal(InvoiceStatus.MiseADisposition, await server.StatusSeenByAsync(circuit.Agent, circuit.InvoiceId));
    }

    private async Task<Circuit> CircuitAsync(string who)
    {
        var supplierEmail = Seed.NewEmail($"{who}-soustraitant");
        var supplierUser = await server.UserAsync(supplierEmail);
        var supplier = await server.StructureAsync(supplierUser, "Cloisons Martin");
        await server.GrantAsync(supplier, supplierUser, Space.FacturesEmises);

        var recipientSiret = Seed.NewSiret();
        var recipient = await server.RecipientAsync(await server.UserAsync(Seed.NewEmail($"{who}-maire")), "Commune de Valdemo", recipientSiret);
        var agentEmail = Seed.NewEmail($"{who}-agent");
        var agent = await server.UserAsync(agentEmail);
        await server.GrantAsync(recipient, agent, Space.FacturesRecues, AccessMode.Consultation);

        var titulaireEmail = Seed.NewEmail($"{who}-titulaire");
        var titulaireSiret = Seed.NewSiret();
        var titulaire = await server.StructureAsync(await server.UserAsync(Seed.NewEmail($"{who}-gp")), "Bâtiments Rivière", siret: titulaireSiret);
        await server.GrantAsync(titulaire, await server.UserAsync(titulaireEmail), Space.FacturesAValider);

        var number = "ST-" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        var id = await server.SendSubcontractorInvoiceAsync(supplierUser, supplier, recipientSiret, titulaireSiret, number);
        return new Circuit(number, id, titulaireEmail, agent, agentEmail);
    }

    private sealed record Circuit(string Number, int InvoiceId, string TitulaireEmail, Guid Agent, string AgentEmail);
}
