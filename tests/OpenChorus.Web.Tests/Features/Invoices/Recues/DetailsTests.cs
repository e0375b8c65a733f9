using System.Net;
using OpenChorus.Web.Features.Invoices;
using OpenChorus.Web.Tests.Infrastructure;

namespace OpenChorus.Web.Tests.Features.Invoices.Recues;

/// <summary>/factures-recues/{id}: the invoice, its files and PDF, for those who may see it and no one else.</summary>
public sealed class DetailsTests(TestApp app) : IClassFixture<TestApp>
{
    private static readonly byte[] Pdf = "%PDF-1.7\n% facture\n%%EOF\n"u8.ToArray();

    [Fact]
    public async Task View_ShowsDataHistoryFilesAndThePdfInline()
    {
        var world = await RecuesWorld.CreateAsync(app);
        var id = await world.SendAsync($"V-{world.Suffix}", amount: 1500m);
        var original = await world.AddFileAsync(id, InvoiceFileKind.Original, "facture.xml", "application/xml", "<Invoice/>"u8.ToArray());
        var rendering = await world.AddFileAsync(id, InvoiceFileKind.Rendering, "facture.pdf", "application/pdf", Pdf);
        var agent = await world.SignInAsync(world.Agent);

        var page = await agent.GetAsync($"/factures-recues/{id}");

        Assert.Equal($"Facture n° V-{world.Suffix}", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains($"Fournisseur {world.Suffix}", page.QuerySelector("#donnees-facture")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Mise à disposition du destinataire", page.QuerySelector("#historique")!.TextContent, StringComparison.Ordinal);
        Assert.Equal($"/factures-recues/{id}/pdf/{rendering}", page.QuerySelector("iframe#visualisation")!.GetAttribute("src"));
        Assert.Equal($"/factures/{id}/fichiers/{original}", page.QuerySelector("a[href$='/fichiers/" + original + "'].fr-btn")!.GetAttribute("href"));
        var inline = await agent.Http.GetAsync(new Uri($"/factures-recues/{id}/pdf/{rendering}", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal("application/pdf", inline.Content.Headers.ContentType!.MediaType);
        Assert.Equal("inline", inline.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal(Pdf, await inline.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
        var download = await agent.Http.GetAsync(new Uri($"/factures/{id}/fichiers/{original}", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal("<Invoice/>", await download.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task View_WithoutPdf_ShowsNoFrame()
    {
        var world = await RecuesWorld.CreateAsync(app);
        var id = await world.SendAsync($"N-{world.Suffix}");
        await world.AddFileAsync(id, InvoiceFileKind.Original, "facture.xml", "application/xml", "<Invoice/>"u8.ToArray());

        var page = await (await world.SignInAsync(world.Agent)).GetAsync($"/factures-recues/{id}");

        Assert.Null(page.QuerySelector("iframe"));
    }

    [Fact]
    public async Task View_OfAnotherStructuresInvoice_IsNotFoundAndSoAreItsFiles()
    {
        var world = await RecuesWorld.CreateAsync(app);
        var other = await RecuesWorld.CreateAsync(app);
        var id = await other.SendAsync($"O-{other.Suffix}");
        var pdf = await other.AddFileAsync(id, InvoiceFileKind.Original, "facture.pdf", "application/pdf", Pdf);
        var agent = await world.SignInAsync(world.Agent);

        await agent.GetAsync($"/factures-recues/{id}", HttpStatusCode.NotFound);
        await agent.GetAsync($"/factures-recues/{id}/pdf/{pdf}", HttpStatusCode.NotFound);
        await agent.GetAsync($"/factures/{id}/fichiers/{pdf}", HttpStatusCode.NotFound);
        await agent.GetAsync($"/factures-recues/{id + 1000}", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task View_ForAUserLimitedToAService_ShowsOnlyThatServicesInvoices()
    {
        var world = await RecuesWorld.CreateAsync(app);
        var technique = await world.SendAsync($"T-{world.Suffix}");
        var finances = await world.SendAsync($"F-{world.Suffix}", "FINANCES");
        var pdf = await world.AddFileAsync(finances, InvoiceFileKind.Original, "facture.pdf", "application/pdf", Pdf);
        var restricted = await world.SignInAsync(world.Restricted);

        await restricted.GetAsync($"/factures-recues/{technique}");
        await restricted.GetAsync($"/factures-recues/{finances}", HttpStatusCode.NotFound);
        await restricted.GetAsync($"/factures-recues/{finances}/pdf/{pdf}", HttpStatusCode.NotFound);
        await restricted.GetAsync($"/factures/{finances}/fichiers/{pdf}", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task View_InConsultation_ShowsNoProcessingButtons_InModification_ExactlyTheAllowedOnes()
    {
        var world = await RecuesWorld.CreateAsync(app);
        var id = await world.SendAsync($"C-{world.Suffix}");

        var reader = await (await world.SignInAsync(world.Reader)).GetAsync($"/factures-recues/{id}");
        var agent = await (await world.SignInAsync(world.Agent)).GetAsync($"/factures-recues/{id}");

        Assert.Null(reader.QuerySelector("#traitement"));
        var expected = (await world.InvoiceAsync(id)).AllowedRecipientActions().Select(a => a.Label());
        Assert.Equal(expected, agent.QuerySelectorAll("#traitement button[name=action]").Select(b => b.TextContent.Trim()));
        Assert.NotNull(agent.QuerySelector("#traitement #MandateNumber"));
    }
}
