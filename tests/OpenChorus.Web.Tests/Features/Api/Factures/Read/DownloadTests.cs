using System.IO.Compression;
using System.Text;
using OpenChorus.Web.Features.Invoices;
using OpenChorus.Web.Tests.Features.Invoices.Emises;
using OpenChorus.Web.Tests.Infrastructure;
using static OpenChorus.Web.Tests.Features.Api.Factures.Read.ApiReadWorld;

namespace OpenChorus.Web.Tests.Features.Api.Factures.Read;

/// <summary>telecharger/groupe: one invoice's PDF, a ZIP for several, the structured original with PIVOT; the
/// recipient's download marks the invoice and its history; 413 past 120 MB.</summary>
public sealed class DownloadTests(TestApp app) : IClassFixture<TestApp>
{
    private const string Download = "/cpro/factures/v1/telecharger/groupe";

    [Fact]
    public async Task Download_OneInvoiceAsRecipient_AnswersItsPdfAndMarksItDownloaded()
    {
        var world = await ApiReadWorld.CreateAsync(app);
        var id = await world.SendAsync(world.Number("T"));
        var pdf = Encoding.ASCII.GetBytes("%PDF-1.4 visualisation");
        await world.AddFileAsync(id, InvoiceFileKind.Original, "facture.xml", "application/xml", EmisesSamples.Ubl(world.Number("T"), world.SupplierSiret, world.RecipientSiret));
        await world.AddFileAsync(id, InvoiceFileKind.Rendering, "visualisation.pdf", "application/pdf", pdf);

        var (status, body) = await world.RecipientApi.CallAsync(Download, new { idEspace = 8, format = "PDF", avecPiecesJointesComplementaires = "NON", listeFacture = new[] { new { idFacture = id } } });

        Assert.Equal(200, status);
        Assert.Equal(pdf, Convert.FromBase64String(Text(body, "fichierResultat")!));
        var (_, search) = await world.RecipientApi.CallAsync("/cpro/factures/v1/rechercher/recipiendaire", new { factureTelechargeeParDestinataire = true });
        Assert.True(Assert.Single(Items(search)).GetProperty("factureTelechargeeParDestinataire").GetBoolean());
        var (_, history) = await world.RecipientApi.CallAsync("/cpro/factures/v1/consulter/historique", new { idFacture = id });
        var action = Assert.Single(Items(history.GetProperty("historiquesDesActionsUtilisateurs"), "histoAction"));
        Assert.Equal("TELECHARGEMENT_FACTURE", Text(action, "histoActionCode"));
        Assert.Equal("TELECHARGEMENT_FACTURE", Text(history.GetProperty("derniereAction"), "derniereActionCode"));
        Assert.Equal("MISE_A_DISPOSITION", Text(history, "statutCourantCode"));
    }

    [Fact]
    public async Task Download_TwoInvoicesWithAttachments_AnswersAZipWithAFolderEach()
    {
        var world = await ApiReadWorld.CreateAsync(app);
        var first = await world.SendAsync(world.Number("Z1"));
        var second = await world.SendAsync(world.Number("Z2"));
        await world.AddFileAsync(first, InvoiceFileKind.Original, "facture-1.pdf", "application/pdf", Encoding.ASCII.GetBytes("%PDF-1.4 un"));
        await world.AddFileAsync(second, InvoiceFileKind.Original, "facture-2.pdf", "application/pdf", Encoding.ASCII.GetBytes("%PDF-1.4 deux"));
        await world.AddFileAsync(second, InvoiceFileKind.Attachment, "annexe.txt", "text/plain", Encoding.ASCII.GetBytes("annexe"));

        var (status, body) = await world.SupplierApi.CallAsync(Download, new
        {
            avecPiecesJointesComplementaires = "OUI",
            listeFacture = new[] { new { idFacture = first }, new { idFacture = second } },
        });

        Assert.Equal(200, status);
        using var zip = new ZipArchive(new MemoryStream(Convert.FromBase64String(Text(body, "fichierResultat")!)));
        Assert.Equal(
            [$"{world.Number("Z1")}_{first}/facture-1.pdf", $"{world.Number("Z2")}_{second}/annexe.txt", $"{world.Number("Z2")}_{second}/facture-2.pdf"],
            zip.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal));
        var (_, search) = await world.RecipientApi.CallAsync("/cpro/factures/v1/rechercher/recipiendaire", new { factureTelechargeeParDestinataire = true });
        Assert.Equal(20000, search.GetProperty("codeRetour").GetInt32());
    }

    [Fact]
    public async Task Download_Pivot_AnswersTheStructuredOriginal()
    {
        var world = await ApiReadWorld.CreateAsync(app);
        var id = await world.SendAsync(world.Number("X"));
        var ubl = EmisesSamples.Ubl(world.Number("X"), world.SupplierSiret, world.RecipientSiret);
        await world.AddFileAsync(id, InvoiceFileKind.Original, "facture.xml", "application/xml", ubl);
        await world.AddFileAsync(id, InvoiceFileKind.Rendering, "visualisation.pdf", "application/pdf", Encoding.ASCII.GetBytes("%PDF-1.4"));

        var (_, body) = await world.RecipientApi.CallAsync(Download, new { format = "PIVOT", listeFacture = new[] { new { idFacture = id } } });

        Assert.Equal(ubl, Convert.FromBase64String(Text(body, "fichierResultat")!));
    }

    [Fact]
    public async Task Download_Over120MB_Is413AndMarksNothing()
    {
        var world = await ApiReadWorld.CreateAsync(app);
        var id = await world.SendAsync(world.Number("G"));
        await world.AddFileAsync(id, InvoiceFileKind.Original, "facture.pdf", "application/pdf", Encoding.ASCII.GetBytes("%PDF-1.4 g"), length: 121L * 1024 * 1024);

        var (status, body) = await world.RecipientApi.CallAsync(Download, new { listeFacture = new[] { new { idFacture = id } } });

        Assert.Equal(413, status);
        Assert.Contains("120 Mo", Text(body, "libelle"), StringComparison.Ordinal);
        var (_, search) = await world.RecipientApi.CallAsync("/cpro/factures/v1/rechercher/recipiendaire", new { factureTelechargeeParDestinataire = false });
        Assert.Single(Items(search));
    }

    [Fact]
    public async Task Download_AnotherRecipientsInvoice_Is403()
    {
        var world = await ApiReadWorld.CreateAsync(app);
        var mine = await world.SendAsync(world.Number("M"));
        var foreign = await world.SendAsync(world.Number("O"), recipientSiret: world.OtherRecipientSiret);

        var (status, body) = await world.RecipientApi.CallAsync(Download, new { listeFacture = new[] { new { idFacture = mine }, new { idFacture = foreign } } });

        Assert.Equal(403, status);
        Assert.Equal(20001, body.GetProperty("codeRetour").GetInt32());
    }
}
