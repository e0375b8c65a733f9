using System.IO.Compression;
using System.Net;
using OpenChorus.Web.Features.Invoices;
using OpenChorus.Web.Features.Invoices.Recues;
using OpenChorus.Web.Tests.Infrastructure;

namespace OpenChorus.Web.Tests.Features.Invoices.Recues;

/// <summary>"Télécharger les factures sélectionnées": a folder per visible invoice with its original and attachments.</summary>
public sealed class ZipTests(TestApp app) : IClassFixture<TestApp>
{
    private static async Task<HttpResponseMessage> PostSelectionAsync(PortalClient portal, string listUrl, params int[] ids)
    {
        var page = await portal.GetAsync(listUrl);
        var token = ((AngleSharp.Html.Dom.IHtmlInputElement)page.QuerySelector("input[name=__RequestVerificationToken]")!).Value;
        var fields = ids.Select(id => new KeyValuePair<string, string>("ids", id.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .Append(new("__RequestVerificationToken", token)).Append(new("returnUrl", listUrl));
        return await portal.Http.PostAsync(new Uri("/factures-recues/telechargement", UriKind.Relative), new FormUrlEncodedContent(fields), TestContext.Current.CancellationToken);
    }

    private static async Task<string> AlertOfAsync(HttpResponseMessage response)
    {
        var page = await new AngleSharp.Html.Parser.HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync(), TestContext.Current.CancellationToken);
        return page.QuerySelector("main [role=alert]")!.TextContent.Trim();
    }

    [Fact]
    public async Task Zip_OfTwoInvoices_HoldsAFolderEachWithOriginalAndAttachments()
    {
        var world = await RecuesWorld.CreateAsync(app);
        var first = await world.SendAsync($"Z1-{world.Suffix}");
        var second = await world.SendAsync($"Z2/{world.Suffix}");
        await world.AddFileAsync(first, InvoiceFileKind.Original, "facture.pdf", "application/pdf", "%PDF-1 un"u8.ToArray());
        await world.AddFileAsync(first, InvoiceFileKind.Rendering, "rendu.pdf", "application/pdf", "%PDF-1 rendu"u8.ToArray());
        await world.AddFileAsync(first, InvoiceFileKind.Attachment, "bl.txt", "text/plain", "bon de livraison"u8.ToArray());
        await world.AddFileAsync(first, InvoiceFileKind.Attachment, "bl.txt", "text/plain", "second bon"u8.ToArray());
        await world.AddFileAsync(second, InvoiceFileKind.Original, "facture.xml", "application/xml", "<Invoice/>"u8.ToArray());
        var agent = await world.SignInAsync(world.Agent);
        var list = await agent.GetAsync("/factures-recues");
        Assert.NotNull(list.QuerySelector($"#selection input[name=ids][value='{first}']"));

        var response = await PostSelectionAsync(agent, "/factures-recues", first, second);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/zip", response.Content.Headers.ContentType!.MediaType);
        using var zip = new ZipArchive(await response.Content.ReadAsStreamAsync(TestContext.Current.CancellationToken));
        var entries = zip.Entries.ToDictionary(e => e.FullName, e => new StreamReader(e.Open()).ReadToEnd());
        Assert.Equal(new Dictionary<string, string>
        {
            [$"Z1-{world.Suffix}_{first}/facture.pdf"] = "%PDF-1 un",
            [$"Z1-{world.Suffix}_{first}/bl.txt"] = "bon de livraison",
            [$"Z1-{world.Suffix}_{first}/bl (2).txt"] = "second bon",
            [$"Z2-{world.Suffix}_{second}/facture.xml"] = "<Invoice/>",
        }, entries);
    }

    [Fact]
    public async Task Zip_LeavesOutInvoicesTheUserMayNotSee()
    {
        var world = await RecuesWorld.CreateAsync(app);
        var other = await RecuesWorld.CreateAsync(app);
        var technique = await world.SendAsync($"T-{world.Suffix}");
        var finances = await world.SendAsync($"F-{world.Suffix}", "FINANCES");
        var foreign = await other.SendAsync($"O-{other.Suffix}");
        foreach (var id in new[] { technique, finances })
        {
            await world.AddFileAsync(id, InvoiceFileKind.Original, "facture.xml", "application/xml", "<Invoice/>"u8.ToArray());
        }

        await other.AddFileAsync(foreign, InvoiceFileKind.Original, "secret.xml", "application/xml", "<Secret/>"u8.ToArray());
        var restricted = await world.SignInAsync(world.Restricted);

        var response = await PostSelectionAsync(restricted, "/factures-recues", technique, finances, foreign);
        using var zip = new ZipArchive(await response.Content.ReadAsStreamAsync(TestContext.Current.CancellationToken));
        Assert.Equal([$"T-{world.Suffix}_{technique}/facture.xml"], zip.Entries.Select(e => e.FullName));

        var refused = await PostSelectionAsync(restricted, "/factures-recues/recherche?number=F", finances, foreign);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.EndsWith("/factures-recues/recherche?number=F", refused.RequestMessage!.RequestUri!.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(ZipInvoices.NothingSelected, await AlertOfAsync(refused));
    }

    [Fact]
    public async Task Zip_Over120MegaBytes_IsRefusedWithAFrenchMessage()
    {
        var world = await RecuesWorld.CreateAsync(app);
        var big = await world.SendAsync($"B-{world.Suffix}");
        var small = await world.SendAsync($"S-{world.Suffix}");
        await world.AddFileAsync(big, InvoiceFileKind.Original, "facture.pdf", "application/pdf", "%PDF"u8.ToArray(), length: 100L * 1024 * 1024);
        await world.AddFileAsync(small, InvoiceFileKind.Attachment, "annexe.pdf", "application/pdf", "%PDF-a"u8.ToArray(), length: 21L * 1024 * 1024);
        var agent = await world.SignInAsync(world.Agent);

        var refused = await PostSelectionAsync(agent, "/factures-recues", big, small);
        var accepted = await PostSelectionAsync(agent, "/factures-recues", big);

        Assert.Equal(ZipInvoices.TooLarge, await AlertOfAsync(refused));
        Assert.Equal("application/zip", accepted.Content.Headers.ContentType!.MediaType);
    }
}
