using System.IO.Compression;
using Microsoft.Playwright;
using OpenChorus.EndToEnd.Steps;
using static Microsoft.Playwright.Assertions;

namespace OpenChorus.EndToEnd;

/// <summary>"Factures reçues" in the browser: an agent finds, views and processes invoices; the supplier is told.</summary>
public sealed class RecuesTests(PortalServer server, Browser browser) : IClassFixture<PortalServer>, IClassFixture<Browser>
{
    [Fact]
    public async Task Agent_SuspendsAnInvoiceFromTheSynthese_TheSupplierIsMailedTheMotif()
    {
        var exchange = await server.ExchangeAsync("Commune de Suspens");
        var number = $"F-{Guid.NewGuid():N}"[..12];
        await server.SendAsync(exchange, number);
        var page = await browser.SignedInPageAsync(server, exchange.AgentEmail);

        await page.OpenSyntheseAsync();
        await Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = number })).ToContainTextAsync("Mise à disposition");
        await page.OpenReceivedInvoiceAsync(number);
        await page.ProcessAsync("Suspendre");
        await Expect(page.GetByText("Indiquez le motif de la suspension.")).ToBeVisibleAsync();
        await page.ExpectPageAsync($"Facture n° {number}");
        await page.ProcessAsync("Suspendre", comment: "Le bon de livraison signé manque.");

        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Action « Suspendre » enregistrée");
        await page.ExpectStatusAsync("Suspendue");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Rejeter" })).ToHaveCountAsync(0);
        var mail = await server.Mail.WaitForAsync(exchange.SupplierEmail, m => m.Subject == $"Facture n° {number} : Suspendue");
        Assert.Contains("Le bon de livraison signé manque.", mail.TextBody, StringComparison.Ordinal);

        await page.GetByRole(AriaRole.Navigation, new() { Name = "vous êtes ici :" }).GetByRole(AriaRole.Link, new() { Name = "Factures reçues" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Rechercher des factures" }).ClickAsync();
        await page.GetByLabel("Statut").SelectOptionAsync(new SelectOptionValue { Label = "Suspendue" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Rechercher", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = number, Exact = true })).ToBeVisibleAsync();
        await page.ExpectPageAsync("Rechercher des factures reçues");
    }

    [Fact]
    public async Task Agent_MandatesThenSetsMiseEnPaiement()
    {
        var exchange = await server.ExchangeAsync("Commune de Mandat");
        var number = $"M-{Guid.NewGuid():N}"[..12];
        await server.SendAsync(exchange, number);
        var page = await browser.SignedInPageAsync(server, exchange.AgentEmail);
        await page.OpenSyntheseAsync();
        await page.OpenReceivedInvoiceAsync(number);

        await page.ProcessAsync("Mandater");
        await Expect(page.GetByText("Indiquez le numéro de mandat.")).ToBeVisibleAsync();
        await page.ProcessAsync("Mandater", mandate: "MDT-2026-0042");
        await page.ExpectStatusAsync("Mandatée");
        await Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Numéro de mandat" })).ToContainTextAsync("MDT-2026-0042");
        await page.ProcessAsync("Mettre en paiement");

        await page.ExpectStatusAsync("Mise en paiement");
        await Expect(page.Locator("#traitement")).ToHaveCountAsync(0);
        await server.Mail.WaitForAsync(exchange.SupplierEmail, m => m.Subject == $"Facture n° {number} : Mise en paiement");
    }

    [Fact]
    public async Task Agent_DownloadsTwoInvoicesAsOneZip()
    {
        var exchange = await server.ExchangeAsync("Commune de Zip");
        var first = $"Z1-{Guid.NewGuid():N}"[..12];
        var second = $"Z2-{Guid.NewGuid():N}"[..12];
        await server.SendAsync(exchange, first);
        await server.SendAsync(exchange, second);
        var page = await browser.SignedInPageAsync(server, exchange.AgentEmail);
        await page.OpenSyntheseAsync();

        await page.GetByLabel($"Sélectionner la facture {first}").TickAsync();
        await page.GetByLabel($"Sélectionner la facture {second}").TickAsync();
        var download = await page.RunAndWaitForDownloadAsync(() =>
            page.GetByRole(AriaRole.Button, new() { Name = "Télécharger les factures sélectionnées" }).ClickAsync());

        Assert.EndsWith(".zip", download.SuggestedFilename, StringComparison.Ordinal);
        using var zip = ZipFile.OpenRead(await download.PathAsync());
        Assert.Equal([$"{first}.xml", $"{second}.xml"], zip.Entries.Select(e => e.Name).Order(StringComparer.Ordinal));
        Assert.Equal(2, zip.Entries.Select(e => e.FullName.Split('/')[0]).Distinct().Count());
    }

    [Fact]
    public async Task Manager_LimitsAnAgentToAService_TheAgentSeesOnlyThatServicesInvoices()
    {
        var exchange = await server.ExchangeAsync("Commune de Services");
        var technique = $"T-{Guid.NewGuid():N}"[..12];
        var ecoles = $"E-{Guid.NewGuid():N}"[..12];
        await server.SendAsync(exchange, technique);
        await server.SendAsync(exchange, ecoles, "ECOLES");
        var manager = await browser.SignedInPageAsync(server, exchange.ManagerEmail);
        await manager.OpenManagedStructureAsync(exchange.RecipientName);

        await manager.LimitToServicesAsync(exchange.AgentEmail, "TECHNIQUE — Services techniques");

        var agent = await browser.SignedInPageAsync(server, exchange.AgentEmail);
        await agent.OpenSyntheseAsync();
        await Expect(agent.GetByRole(AriaRole.Link, new() { Name = technique, Exact = true })).ToBeVisibleAsync();
        await Expect(agent.GetByRole(AriaRole.Link, new() { Name = ecoles, Exact = true })).ToHaveCountAsync(0);
    }
}
