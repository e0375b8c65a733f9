using System.Net;
using OpenChorus.Web.Features.Invoices;
using OpenChorus.Web.Tests.Infrastructure;

namespace OpenChorus.Web.Tests.Features.Invoices.Emises;

/// <summary>The Synthèse's lists and the search over the supplier's own invoices.</summary>
public sealed class SyntheseAndSearchTests(TestApp app) : IClassFixture<TestApp>, IAsyncLifetime
{
    private EmisesWorld _w = null!;

    public async ValueTask InitializeAsync() => _w = await EmisesWorld.CreateAsync(app);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task Synthese_ListsOnlyTheWorkToDoAndTheLastSent_NeverAnotherSuppliersInvoices()
    {
        var sent = await app.SendInvoiceAsync(_w.SupplierUser, _w.Supplier, _w.RecipientSiret, _w.Number("ENV"));
        await _w.SentAndProcessedAsync(app, _w.Number("ARE"), RecipientAction.ARecycler, "Mauvais service");
        var other = await EmisesWorld.CreateAsync(app);
        await app.SendInvoiceAsync(other.SupplierUser, other.Supplier, other.RecipientSiret, other.Number("AUT"));
        using var portal = await app.SignInAsync(_w.SupplierUser);

        var page = await portal.GetAsync("/factures-emises");

        Assert.Contains(_w.Number("ARE"), page.QuerySelector("#a-recycler")!.TextContent);
        Assert.DoesNotContain(_w.Number("ENV"), page.QuerySelector("#a-recycler")!.TextContent);
        Assert.Contains(_w.Number("ENV"), page.QuerySelector("#dernieres")!.TextContent);
        Assert.DoesNotContain(other.Number("AUT"), page.Body!.TextContent);
        Assert.Null(page.QuerySelector("#alerte-brouillons"));
        Assert.NotNull(page.QuerySelector($"a[href='/factures-emises/{sent}']"));
        Assert.Equal(["Déposer une facture", "Saisir une facture", "Rechercher une facture"],
            page.QuerySelectorAll("main .fr-btns-group a.fr-btn").Take(3).Select(a => a.TextContent.Trim()));
    }

    [Fact]
    public async Task Synthese_WithoutFacturesEmises_IsNotFound()
    {
        using var portal = await app.SignInAsync(_w.RecipientAgent);

        await portal.GetAsync("/factures-emises", HttpStatusCode.NotFound);
        await portal.GetAsync("/factures-emises/recherche", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Search_ByNumberStatusRecipientAndPeriod_FindsTheSuppliersOwnInvoicesAPageAtATime()
    {
        for (var i = 1; i <= 22; i++)
        {
            await app.SendInvoiceAsync(_w.SupplierUser, _w.Supplier, _w.RecipientSiret, _w.Number($"S{i:D2}"));
        }

        await _w.SentAndProcessedAsync(app, _w.Number("SUSP"), RecipientAction.Suspendre, "Pièce");
        var other = await EmisesWorld.CreateAsync(app);
        await app.SendInvoiceAsync(other.SupplierUser, other.Supplier, _w.RecipientSiret, other.Number("S01"));
        using var portal = await app.SignInAsync(_w.SupplierUser);

        var all = await portal.GetAsync($"/factures-emises/recherche?numero={_w.Suffix}");
        var second = await portal.GetAsync($"/factures-emises/recherche?numero={_w.Suffix}&p=2");
        var byNumber = await portal.GetAsync($"/factures-emises/recherche?numero={_w.Number("S07").ToLowerInvariant()}");
        var byStatus = await portal.GetAsync("/factures-emises/recherche?statut=SUSPENDUE");
        var byRecipient = await portal.GetAsync($"/factures-emises/recherche?destinataire=mairie%20{_w.Suffix}&numero=S0");
        var outOfPeriod = await portal.GetAsync($"/factures-emises/recherche?numero={_w.Suffix}&du=2026-12-01");

        Assert.Equal("23 factures.", all.QuerySelector("#nombre-resultats")!.TextContent);
        Assert.Equal(20, all.QuerySelectorAll("#resultats tbody tr").Length);
        Assert.Equal(3, second.QuerySelectorAll("#resultats tbody tr").Length);
        Assert.NotNull(all.QuerySelector(".fr-pagination a[href*='p=2']"));
        Assert.Equal("1 facture.", byNumber.QuerySelector("#nombre-resultats")!.TextContent);
        Assert.Contains(_w.Number("SUSP"), byStatus.QuerySelector("#resultats")!.TextContent);
        Assert.Equal("1 facture.", byStatus.QuerySelector("#nombre-resultats")!.TextContent);
        Assert.Equal("9 factures.", byRecipient.QuerySelector("#nombre-resultats")!.TextContent);
        Assert.Equal("Aucune facture ne correspond.", outOfPeriod.QuerySelector("#nombre-resultats")!.TextContent);
        Assert.DoesNotContain(other.Suffix, all.Body!.TextContent);
    }
}
