using System.Net;
using Microsoft.EntityFrameworkCore;
using OpenChorus.Web.Features.Invoices;
using OpenChorus.Web.Tests.Infrastructure;

namespace OpenChorus.Web.Tests.Features.Invoices.Recues;

/// <summary>/factures-recues, the recipient's Synthèse: what is to process, for whom, and for no one else.</summary>
public sealed class SyntheseTests(TestApp app) : IClassFixture<TestApp>
{
    [Fact]
    public async Task Synthese_ListsInvoicesToProcessNewestFirstWithACountPerStatus()
    {
        var world = await RecuesWorld.CreateAsync(app);
        var older = await world.SendAsync($"A-{world.Suffix}");
        app.Clock.Advance(TimeSpan.FromHours(1));
        await world.SendAsync($"B-{world.Suffix}", "FINANCES", 99.5m);
        var processed = await world.SendAsync($"C-{world.Suffix}");
        Assert.True((await world.ProcessAsync(processed, RecipientAction.ServiceFait)).Succeeded);
        Assert.True((await world.ProcessAsync(older, RecipientAction.Suspendre, "Bon de livraison manquant")).Succeeded);
        app.Clock.Advance(TimeSpan.FromHours(1));
        await CompleteAsync(older);

        var agent = await world.SignInAsync(world.Agent);
        var page = await agent.GetAsync("/factures-recues");

        Assert.Equal("Factures reçues", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal([$"A-{world.Suffix}", $"B-{world.Suffix}"], RecuesWorld.NumbersOn(page));
        var counts = page.QuerySelector("main table")!.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains($"Mairie {world.Suffix}", StringComparison.Ordinal));
        Assert.Equal(["Modification", "1", "1"], counts.QuerySelectorAll("td").Skip(2).Select(c => (c.QuerySelector("a")?.FirstChild ?? c.FirstChild)!.TextContent.Trim()));
        var row = page.QuerySelector($"#selection tr[data-invoice='{older}']")!.TextContent;
        Assert.Contains("Complétée", row, StringComparison.Ordinal);
        Assert.Contains("TECHNIQUE", row, StringComparison.Ordinal);
        Assert.Contains("1 200,00 EUR", row.Replace('\u202f', ' ').Replace('\u00a0', ' '), StringComparison.Ordinal);
        Assert.Equal("2 factures.", page.QuerySelector("#nombre-resultats")!.TextContent.Trim());
    }

    [Fact]
    public async Task Synthese_ShowsOnlyInvoicesAddressedToTheUsersStructures()
    {
        var world = await RecuesWorld.CreateAsync(app);
        var other = await RecuesWorld.CreateAsync(app);
        await world.SendAsync($"MINE-{world.Suffix}");
        await other.SendAsync($"OTHER-{other.Suffix}");

        var page = await (await world.SignInAsync(world.Agent)).GetAsync("/factures-recues");

        Assert.Equal([$"MINE-{world.Suffix}"], RecuesWorld.NumbersOn(page));
    }

    [Fact]
    public async Task Synthese_OfAUserLimitedToAService_ShowsOnlyThatServicesInvoices()
    {
        var world = await RecuesWorld.CreateAsync(app);
        await world.SendAsync($"T-{world.Suffix}");
        await world.SendAsync($"F-{world.Suffix}", "FINANCES");

        var page = await (await world.SignInAsync(world.Restricted)).GetAsync("/factures-recues");

        Assert.Equal([$"T-{world.Suffix}"], RecuesWorld.NumbersOn(page));
    }

    [Fact]
    public async Task FacturesRecues_ForTheSuppliersUser_IsForbiddenAndTheInvoiceIsNotFound()
    {
        var world = await RecuesWorld.CreateAsync(app);
        var id = await world.SendAsync($"S-{world.Suffix}");
        var supplier = await world.SignInAsync(world.SupplierUser);

        await supplier.GetAsync("/factures-recues", HttpStatusCode.Forbidden);
        await supplier.GetAsync("/factures-recues/recherche", HttpStatusCode.Forbidden);
        await supplier.GetAsync($"/factures-recues/{id}", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Synthese_WithNothingToProcess_SaysSo()
    {
        var world = await RecuesWorld.CreateAsync(app);

        var page = await (await world.SignInAsync(world.Agent)).GetAsync("/factures-recues");

        Assert.Equal("Aucune facture.", page.QuerySelector("#nombre-resultats")!.TextContent.Trim());
        Assert.Single(page.QuerySelectorAll("main table"));
    }

    private Task<int> CompleteAsync(int id) => app.WithDbAsync(async db =>
    {
        var invoice = await db.Invoices.SingleAsync(i => i.Id == id);
        Assert.True(invoice.Complete(new InvoiceActor(null, "Fournisseur"), "Bon de livraison joint", app.Clock.GetUtcNow().UtcDateTime).Succeeded);
        return await db.SaveChangesAsync();
    });
}
