using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenChorus.Web.Data;
using OpenChorus.Web.Features.Api.Factures.Read;
using OpenChorus.Web.Features.Invoices;
using OpenChorus.Web.Features.Invoices.AValider;
using OpenChorus.Web.Features.Invoices.Documents;
using OpenChorus.Web.Features.Structures;
using OpenChorus.Web.Tests.Infrastructure;

namespace OpenChorus.Web.Tests.Features.Webhooks;

/// <summary>Who hears of which history line: only real status changes for the supplier and the recipient; the
/// titulaire of an A9 invoice of its part, the invoice arriving for it and its decision.</summary>
public sealed class InvoiceStatusAudienceTests(WebhookApp fixture) : IClassFixture<WebhookApp>
{
    private readonly TestApp _app = fixture.App;
    private readonly WebhookReceiver _receiver = fixture.Receiver;

    [Fact]
    public async Task Download_ByTheRecipientsErp_IsAHistoryLineButNoStatusEvent()
    {
        var world = await WebhookWorld.CreateAsync(_app, "telechargement");
        await world.Supplier.AddWebhookAsync(world.SupplierId, _receiver.Url("telechargement-fournisseur"));
        await world.Recipient.AddWebhookAsync(world.RecipientId, _receiver.Url("telechargement-destinataire"));
        var id = await world.SendInvoiceAsync("WH-DL-1");
        await AddRenderingAsync(id);
        var erp = await CproClient.CreateAsync(_app, world.RecipientId, Space.FacturesRecues);

        var (status, _) = await erp.CallAsync("/cpro/factures/v1/telecharger/groupe", new { listeFacture = new[] { new { idFacture = id } } });
        Assert.True((await world.ProcessAsync(id, RecipientAction.Suspendre, "Bon de livraison manquant")).Succeeded);
        await _app.DispatchAsync();

        Assert.Equal(200, status);
        Assert.Equal(1, await _app.WithDbAsync(db => db.InvoiceEvents.CountAsync(e => e.InvoiceId == id && e.Action == ConsultHistory.DownloadAction)));
        Assert.Equal(["DEPOSEE", "MISE_A_DISPOSITION", "SUSPENDUE"], Statuses("telechargement-fournisseur"));
        Assert.Equal(["MISE_A_DISPOSITION", "SUSPENDUE"], Statuses("telechargement-destinataire"));
        Assert.DoesNotContain(_receiver.To("telechargement-fournisseur"), r => r.Data.GetProperty("action").GetString() == ConsultHistory.DownloadAction);
    }

    [Fact]
    public async Task A9Invoice_TheTitulaireHearsItArrive_AndOfItsDecision_NotOfTheRest()
    {
        var world = await WebhookWorld.CreateAsync(_app, "titulaire");
        var (titulaire, titulaireUser, titulaireSiret) = await TitulaireAsync("titulaire");
        var secret = await titulaire.Portal.AddWebhookAsync(titulaire.Id, _receiver.Url("titulaire-valideur"));
        await world.Supplier.AddWebhookAsync(world.SupplierId, _receiver.Url("titulaire-fournisseur"));
        await world.Recipient.AddWebhookAsync(world.RecipientId, _receiver.Url("titulaire-destinataire"));

        var id = await _app.SendInvoiceAsync(world.SupplierUser, world.SupplierId, world.RecipientSiret, "WH-A9-1", frame: InvoiceFrame.A9, validatorSiret: titulaireSiret);
        await _app.DispatchAsync();
        var arrived = Assert.Single(_receiver.To("titulaire-valideur"));
        Assert.Equal(("A_VALIDER_1", "VALIDEUR", titulaireSiret, id), (Text(arrived, "statut"), Text(arrived, "role"), Text(arrived, "siretValideur"), arrived.Data.GetProperty("idFacture").GetInt32()));
        Assert.True(arrived.SignatureVerifies(secret));

        await using (var scope = _app.Services.CreateAsyncScope())
        {
            var validated = await scope.ServiceProvider.GetRequiredService<DecideValidation>().ValidateAsync(titulaireUser, id, true, "Travaux conformes", CancellationToken.None);
            Assert.True(validated.Succeeded, validated.Message);
        }

        await _app.DispatchAsync();
        Assert.Equal(["A_VALIDER_1", "VALIDEE_1"], Statuses("titulaire-valideur"));
        Assert.Equal(["A_VALIDER_1", "DEPOSEE", "MISE_A_DISPOSITION", "VALIDEE_1"], Statuses("titulaire-fournisseur"));
        Assert.Equal(["MISE_A_DISPOSITION"], Statuses("titulaire-destinataire"));
    }

    [Fact]
    public async Task CorrectedValidator_TheNewTitulaireHearsItArrive_TheSupplierHearsNoNewStatus()
    {
        var world = await WebhookWorld.CreateAsync(_app, "correction");
        var (first, _, firstSiret) = await TitulaireAsync("correction-premier");
        var (second, secondUser, secondSiret) = await TitulaireAsync("correction-second");
        await first.Portal.AddWebhookAsync(first.Id, _receiver.Url("correction-premier"));
        await second.Portal.AddWebhookAsync(second.Id, _receiver.Url("correction-second"));
        await world.Supplier.AddWebhookAsync(world.SupplierId, _receiver.Url("correction-fournisseur"));
        var id = await _app.SendInvoiceAsync(world.SupplierUser, world.SupplierId, world.RecipientSiret, "WH-A9-2", frame: InvoiceFrame.A9, validatorSiret: firstSiret);
        var erp = await CproClient.CreateAsync(_app, world.SupplierId, Space.FacturesEmises);

        var (status, _) = await erp.CallAsync("/cpro/factures/v1/corriger/valideur/facture", new { idFacture = id, typeIdentifiantStructure = "SIRET", identifiantStructure = secondSiret });
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            var refused = await scope.ServiceProvider.GetRequiredService<DecideValidation>().RefuseAsync(secondUser, id, "Montant non conforme au marché", CancellationToken.None);
            Assert.True(refused.Succeeded, refused.Message);
        }

        await _app.DispatchAsync();
        Assert.Equal(200, status);
        Assert.Equal(["A_VALIDER_1"], Statuses("correction-premier"));
        Assert.Equal(["A_VALIDER_1", "REFUSEE_1"], Statuses("correction-second"));
        Assert.Equal("Montant non conforme au marché", Text(_receiver.To("correction-second").Single(r => Text(r, "statut") == "REFUSEE_1"), "commentaire"));
        Assert.Equal(["A_VALIDER_1", "REFUSEE_1"], Statuses("correction-fournisseur"));
    }

    [Fact]
    public async Task PdfDepositedThroughTheApi_IsAnnouncedWhenSubmitted_NeverAsItsInterpreteeOcrDraft()
    {
        var world = await WebhookWorld.CreateAsync(_app, "ocr");
        await world.Supplier.AddWebhookAsync(world.SupplierId, _receiver.Url("ocr-fournisseur"));
        await world.Recipient.AddWebhookAsync(world.RecipientId, _receiver.Url("ocr-destinataire"));
        var erp = await CproClient.CreateAsync(_app, world.SupplierId, Space.FacturesEmises);
        var pdf = OpenChorus.Web.Tests.Features.Invoices.Emises.EmisesSamples.Pdf("Facture n° WH-OCR-1", "Date : 20/11/2026",
            $"SIRET destinataire : {world.RecipientSiret}", "Total HT : 100,00", "TVA 20 % : 20,00", "Total TTC : 120,00");

        var (_, read) = await erp.CallAsync("/cpro/factures/v1/deposer/pdf", new { fichierFacture = Convert.ToBase64String(pdf) });
        await _app.DispatchAsync();
        Assert.Empty(_receiver.To("ocr-fournisseur"));
        var (status, _) = await erp.CallAsync("/cpro/factures/v1/soumettre", new
        {
            modeDepot = "DEPOT_PDF_API",
            pieceJointePrincipale = new { pieceJointePrincipaleId = read.GetProperty("pieceJointeId").GetInt64() },
        });
        await _app.DispatchAsync();

        Assert.Equal(200, status);
        Assert.Equal(["DEPOSEE", "MISE_A_DISPOSITION"], Statuses("ocr-fournisseur"));
        Assert.Equal(["MISE_A_DISPOSITION"], Statuses("ocr-destinataire"));
    }

    /// <summary>A titulaire signed in, managing its structure with "Factures à valider".</summary>
    private async Task<((PortalClient Portal, int Id) Structure, Guid User, string Siret)> TitulaireAsync(string name)
    {
        var (portal, user) = await _app.NewSignedInUserAsync($"titulaire.{name}@exemple.fr");
        var siret = TestStructures.NewSiret();
        var id = await _app.CreateStructureAsync(user, $"Titulaire {name}", siret: siret);
        await _app.GrantAsync(id, user, Space.FacturesAValider);
        return ((portal, id), user, siret);
    }

    private async Task AddRenderingAsync(int invoiceId)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var bytes = "%PDF-1.4 visualisation"u8.ToArray();
        var sha = await scope.ServiceProvider.GetRequiredService<IDocumentStore>().PutAsync(bytes, CancellationToken.None);
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.InvoiceFiles.Add(new InvoiceFile
        {
            InvoiceId = invoiceId,
            Kind = InvoiceFileKind.Rendering,
            FileName = "visualisation.pdf",
            ContentType = "application/pdf",
            Length = bytes.Length,
            Sha256 = sha,
            AddedAtUtc = _app.Clock.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync();
    }

    /// <summary>The statuses received at <paramref name="path"/>, sorted (deliveries leave in no set order).</summary>
    private List<string?> Statuses(string path) => [.. _receiver.To(path).Select(r => Text(r, "statut")).Order(StringComparer.Ordinal)];

    private static string? Text(ReceivedWebhook received, string name) => received.Data.GetProperty(name).GetString();
}
