using System.Net;
using Microsoft.EntityFrameworkCore;
using OpenChorus.Web.Features.Invoices;
using OpenChorus.Web.Tests.Infrastructure;

namespace OpenChorus.Web.Tests.Features.Invoices.Emises;

/// <summary>"Enregistrer" keeps a brouillon that is not sent: shown as such in the Synthèse, reopened, changed,
/// deleted, and sent later with "Valider et envoyer".</summary>
public sealed class DraftTests(TestApp app) : IClassFixture<TestApp>, IAsyncLifetime
{
    private EmisesWorld _w = null!;

    public async ValueTask InitializeAsync() => _w = await EmisesWorld.CreateAsync(app);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task Save_OfAnXmlWithCharactersNoFontHas_KeepsTheDraftAndWarnsAboutItsPdfVisualisation()
    {
        using var portal = await app.SignInAsync(_w.SupplierUser);
        var number = _w.Number("BROL");
        var form = await portal.UploadAsync("facture.xml", EmisesSamples.UblInAScriptNoFontHas(number, _w.SupplierSiret, _w.RecipientSiret));

        var synthese = await portal.FormAsync(form, "enregistrer");

        Assert.Contains($"Le brouillon de la facture n° {number} est enregistré.", synthese.MainText(), StringComparison.Ordinal);
        Assert.Contains("ᱞ (U+1C5E)", synthese.QuerySelector("#avertissement")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(InvoiceStatus.Brouillon, (await _w.InvoiceAsync(app, number))!.Status);
    }

    [Fact]
    public async Task Save_WithIncompleteRouting_KeepsADraftShownAsNotSentThenSentFromTheSynthese()
    {
        using var portal = await app.SignInAsync(_w.SupplierUser);
        var number = _w.Number("BR");
        var form = await portal.UploadAsync("facture.pdf", EmisesSamples.Pdf("Facture"));

        await portal.FormAsync(form, "enregistrer", new()
        {
            ["Form.Number"] = number,
            ["Form.IssueDate"] = "2026-11-20",
            ["Form.TotalExcludingVat"] = "100",
            ["Form.TotalVat"] = "20",
            ["Form.TotalIncludingVat"] = "120",
            ["Form.AmountDue"] = "120",
        });

        var draft = (await _w.InvoiceAsync(app, number))!;
        Assert.Equal((InvoiceStatus.Brouillon, (int?)null), (draft.Status, draft.RecipientStructureId));
        Assert.Single(draft.Files, f => f.Kind == InvoiceFileKind.Original);
        Assert.Empty(draft.Events);
        var synthese = await portal.GetAsync("/factures-emises");
        Assert.Contains("1 facture est en brouillon : elle n'est pas envoyée", synthese.QuerySelector("#alerte-brouillons")!.TextContent);
        var row = synthese.QuerySelector("#brouillons tbody tr")!;
        Assert.Contains("Brouillon — non envoyée", row.TextContent);

        var incomplete = await portal.GetAsync(row.QuerySelector("a.fr-btn")!.GetAttribute("href")!);
        Assert.Contains("Indiquez le SIRET du destinataire.", incomplete.Errors());
        var confirmation = await portal.FormAsync(incomplete, "valider", new() { ["Form.RecipientSiret"] = _w.RecipientSiret, ["Form.ServiceCode"] = "TECHNIQUE" });
        var summary = await portal.ConfirmAsync(confirmation);

        Assert.Contains($"La facture n° {number} est validée", summary.QuerySelector("#recapitulatif-depot p")!.TextContent);
        var sent = (await _w.InvoiceAsync(app, number))!;
        Assert.Equal((draft.Id, InvoiceStatus.MiseADisposition), (sent.Id, sent.Status));
        Assert.Null((await portal.GetAsync("/factures-emises")).QuerySelector("#alerte-brouillons"));
    }

    [Fact]
    public async Task Save_StructuredDraftReopenedAndChanged_KeepsItsFileAndTakesTheNewRouting()
    {
        using var portal = await app.SignInAsync(_w.SupplierUser);
        var number = _w.Number("BRX");
        var form = await portal.UploadAsync("facture.xml", EmisesSamples.Ubl(number, _w.SupplierSiret, _w.RecipientSiret));
        await portal.FormAsync(form, "enregistrer", new() { ["Form.ServiceCode"] = "" });
        var id = (await _w.InvoiceAsync(app, number))!.Id;

        var reopened = await portal.GetAsync($"/factures-emises/depot/{id}");
        Assert.Equal(_w.RecipientSiret, reopened.Value("Form.RecipientSiret"));
        await portal.FormAsync(reopened, "enregistrer", new() { ["Form.ServiceCode"] = "technique", ["Form.EngagementNumber"] = "EJ-9" }, new TestFile("attachments", "bon.pdf", [1, 2, 3]));

        var draft = (await _w.InvoiceAsync(app, number))!;
        Assert.Equal((InvoiceStatus.Brouillon, "TECHNIQUE", "EJ-9"), (draft.Status, draft.RecipientService!.Code, draft.EngagementNumber));
        Assert.Equal([InvoiceFileKind.Original, InvoiceFileKind.Rendering, InvoiceFileKind.Attachment], draft.Files.Select(f => f.Kind).Order());
    }

    [Theory]
    [InlineData("", "Indiquez le numéro de la facture.")]
    [InlineData("NUMERO-DE-FACTURE-BIEN-TROP-LONG", "au plus 20 caractères")]
    public async Task Save_WithABadNumber_IsRefusedAndWritesNothing(string number, string message)
    {
        using var portal = await app.SignInAsync(_w.SupplierUser);
        var form = await portal.UploadAsync("facture.pdf", EmisesSamples.Pdf("Facture"));
        var before = await app.CountAsync<Invoice>();

        var refused = await portal.FormAsync(form, "enregistrer", new() { ["Form.Number"] = number });

        Assert.Contains(message, refused.QuerySelector("#Form_Number-messages")!.TextContent);
        Assert.Equal(before, await app.CountAsync<Invoice>());
    }

    [Fact]
    public async Task Save_ForAnUnknownRecipientOrUnknownService_IsRefused()
    {
        using var portal = await app.SignInAsync(_w.SupplierUser);
        var form = await portal.UploadAsync("facture.xml", EmisesSamples.Ubl(_w.Number("BRU"), _w.SupplierSiret, _w.RecipientSiret, buyerReference: "INCONNU"));

        var unknownService = await portal.FormAsync(form, "enregistrer");
        var unknownRecipient = await portal.FormAsync(form, "enregistrer", new() { ["Form.RecipientSiret"] = TestStructures.NewSiret(), ["Form.ServiceCode"] = "" });

        Assert.Contains("Le code service « INCONNU » n'existe pas", unknownService.Errors());
        Assert.Contains("Aucune structure publique n'a le SIRET", unknownRecipient.Errors());
        Assert.Null(await _w.InvoiceAsync(app, _w.Number("BRU")));
    }

    [Fact]
    public async Task Delete_Draft_RemovesIt()
    {
        using var portal = await app.SignInAsync(_w.SupplierUser);
        var number = _w.Number("DEL");
        var form = await portal.UploadAsync("facture.xml", EmisesSamples.Ubl(number, _w.SupplierSiret, _w.RecipientSiret));
        await portal.FormAsync(form, "enregistrer");
        var id = (await _w.InvoiceAsync(app, number))!.Id;

        var synthese = await portal.SubmitAsync($"/factures-emises/depot/{id}", new Dictionary<string, string> { ["action"] = "supprimer" }, "#supprimer-brouillon");

        Assert.Contains($"Le brouillon de la facture n° {number} est supprimé.", synthese.MainText());
        Assert.Null(await _w.InvoiceAsync(app, number));
    }

    [Fact]
    public async Task Drafts_OfAnotherSupplier_AnswerNotFoundAndStayUntouched()
    {
        using var portal = await app.SignInAsync(_w.SupplierUser);
        var number = _w.Number("OWN");
        var form = await portal.UploadAsync("facture.xml", EmisesSamples.Ubl(number, _w.SupplierSiret, _w.RecipientSiret));
        await portal.FormAsync(form, "enregistrer");
        var id = (await _w.InvoiceAsync(app, number))!.Id;
        var other = await EmisesWorld.CreateAsync(app);
        using var intruder = await app.SignInAsync(other.SupplierUser);

        await intruder.GetAsync($"/factures-emises/depot/{id}", HttpStatusCode.NotFound);
        await intruder.GetAsync($"/factures-emises/depot/{id}?etape=confirmation", HttpStatusCode.NotFound);
        await intruder.GetAsync($"/factures-emises/{id}", HttpStatusCode.NotFound);
        await intruder.PostAsync($"/factures-emises/depot/{id}", new Dictionary<string, string> { ["action"] = "supprimer" }, HttpStatusCode.NotFound);
        await intruder.PostAsync($"/factures-emises/depot/{id}", new Dictionary<string, string>
        {
            ["action"] = "confirmer",
            ["Form.RecipientSiret"] = _w.RecipientSiret,
            ["Form.ServiceCode"] = "TECHNIQUE",
        }, HttpStatusCode.NotFound);

        Assert.Equal(InvoiceStatus.Brouillon, await app.WithDbAsync(db => db.Invoices.Where(i => i.Id == id).Select(i => i.Status).SingleAsync()));
    }
}
