using System.Net;
using Microsoft.EntityFrameworkCore;
using OpenChorus.Web.Features.Invoices;
using OpenChorus.Web.Features.Structures;
using OpenChorus.Web.Tests.Infrastructure;

namespace OpenChorus.Web.Tests.Features.Invoices.Emises;

/// <summary>The supplier's follow-up on /factures-emises/{id}: "Compléter" a suspension, "Recycler", "Traiter le rejet";
/// each checked on the server (another supplier or Consultation mode: 404, nothing written).</summary>
public sealed class FollowUpTests(TestApp app) : IClassFixture<TestApp>, IAsyncLifetime
{
    private EmisesWorld _w = null!;

    public async ValueTask InitializeAsync() => _w = await EmisesWorld.CreateAsync(app);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task Complete_SuspendedInvoice_WithAttachmentAndComment_IsCompletedAndTheRecipientIsMailed()
    {
        var number = _w.Number("SUS");
        var id = await _w.SentAndProcessedAsync(app, number, RecipientAction.Suspendre, "Il manque le bon de livraison.");
        using var portal = await app.SignInAsync(_w.SupplierUser);
        var synthese = await portal.GetAsync("/factures-emises");
        Assert.Contains(number, synthese.QuerySelector("#suspendues")!.TextContent);
        var page = await portal.GetAsync($"/factures-emises/{id}");
        Assert.Contains("Il manque le bon de livraison.", page.QuerySelector("#motif")!.TextContent);

        var done = await portal.SubmitWithFilesAsync(page, "#completer", new Dictionary<string, string> { ["Comment"] = "Voici le bon signé." },
            [new TestFile("attachments", "bon-livraison.pdf", [1, 2, 3, 4])], $"/factures-emises/{id}");

        Assert.Contains($"La facture n° {number} est complétée", done.MainText());
        var invoice = (await _w.InvoiceAsync(app, number))!;
        Assert.Equal(InvoiceStatus.Completee, invoice.Status);
        Assert.Single(invoice.Files, f => f.Kind == InvoiceFileKind.Attachment && f.FileName == "bon-livraison.pdf");
        Assert.Contains("Voici le bon signé.", invoice.Events.Single(e => e.Status == InvoiceStatus.Completee).Comment ?? "");
        var mail = await app.Mail.WaitForAsync($"agent-{_w.Suffix}@example.org", m => m.Subject?.Contains("Complétée", StringComparison.Ordinal) == true);
        Assert.Contains(number, mail.Subject);
        Assert.DoesNotContain(number, (await portal.GetAsync("/factures-emises")).QuerySelector("#suspendues")!.TextContent);
    }

    [Fact]
    public async Task Complete_WithNothingOrABadAttachment_IsRefusedInFrenchAndWritesNothing()
    {
        var number = _w.Number("SUN");
        var id = await _w.SentAndProcessedAsync(app, number, RecipientAction.Suspendre, "Pièce manquante");
        using var portal = await app.SignInAsync(_w.SupplierUser);
        var page = await portal.GetAsync($"/factures-emises/{id}");

        var empty = await portal.SubmitWithFilesAsync(page, "#completer", new Dictionary<string, string>(), [], $"/factures-emises/{id}");
        var bad = await portal.SubmitWithFilesAsync(page, "#completer", new Dictionary<string, string> { ["Comment"] = "ci-joint" },
            [new TestFile("attachments", "script.sh", [1])], $"/factures-emises/{id}");

        Assert.Contains("Ajoutez au moins une pièce jointe ou un commentaire", empty.Errors());
        Assert.Contains("« script.sh » : les fichiers .sh ne sont pas acceptés", bad.Errors());
        Assert.Equal(InvoiceStatus.Suspendue, (await _w.InvoiceAsync(app, number))!.Status);
    }

    [Fact]
    public async Task Recycle_InvoiceToRecycle_GoesToTheNewRecipientUnderTheSameNumber()
    {
        var number = _w.Number("REC");
        var id = await _w.SentAndProcessedAsync(app, number, RecipientAction.ARecycler, "Ce n'est pas notre commande.");
        var other = await app.CreateRecipientAsync(await app.CreateUserAsync($"autre-{_w.Suffix}@example.org"), $"Département {_w.Suffix}");
        using var portal = await app.SignInAsync(_w.SupplierUser);
        var page = await portal.GetAsync($"/factures-emises/{id}");

        var refused = await portal.SubmitAsync(page, new Dictionary<string, string> { ["Recycle.RecipientSiret"] = other.Siret, ["Recycle.ServiceCode"] = "FINANCES" }, "#recycler");
        Assert.Contains("Le service FINANCES de ce destinataire exige un numéro d'engagement.", refused.QuerySelector("#Recycle_EngagementNumber-messages")!.TextContent);
        Assert.Equal(InvoiceStatus.ARecycler, (await _w.InvoiceAsync(app, number))!.Status);

        var done = await portal.SubmitAsync(page, new Dictionary<string, string>
        {
            ["Recycle.RecipientSiret"] = other.Siret,
            ["Recycle.ServiceCode"] = "FINANCES",
            ["Recycle.EngagementNumber"] = "EJ-1",
        }, "#recycler");

        Assert.Contains($"La facture n° {number} est recyclée", done.MainText());
        var invoice = (await _w.InvoiceAsync(app, number))!;
        Assert.Equal((InvoiceStatus.MiseADisposition, other.Id, "EJ-1", number), (invoice.Status, invoice.RecipientStructureId!.Value, invoice.EngagementNumber, invoice.Number));
    }

    [Fact]
    public async Task AcknowledgeRejection_RejectedInvoice_StaysRejectedAndLeavesTheSynthese()
    {
        var number = _w.Number("REJ");
        var id = await _w.SentAndProcessedAsync(app, number, RecipientAction.Rejeter, "Montant erroné.");
        using var portal = await app.SignInAsync(_w.SupplierUser);
        Assert.Contains(number, (await portal.GetAsync("/factures-emises")).QuerySelector("#rejetees")!.TextContent);

        var done = await portal.SubmitAsync($"/factures-emises/{id}", new Dictionary<string, string>(), "#rejet");

        Assert.Contains($"Le rejet de la facture n° {number} est traité.", done.MainText());
        Assert.Null(done.QuerySelector("#rejet"));
        var invoice = (await _w.InvoiceAsync(app, number))!;
        Assert.Equal(InvoiceStatus.Rejetee, invoice.Status);
        Assert.NotNull(invoice.RejectionAcknowledgedAtUtc);
        Assert.DoesNotContain(number, (await portal.GetAsync("/factures-emises")).QuerySelector("#rejetees")!.TextContent);
    }

    [Fact]
    public async Task Actions_InConsultationModeOrByAnotherSupplier_AnswerNotFoundAndWriteNothing()
    {
        var suspended = await _w.SentAndProcessedAsync(app, _w.Number("C1"), RecipientAction.Suspendre, "Pièce");
        var toRecycle = await _w.SentAndProcessedAsync(app, _w.Number("C2"), RecipientAction.ARecycler, "Erreur");
        var rejected = await _w.SentAndProcessedAsync(app, _w.Number("C3"), RecipientAction.Rejeter, "Rejet");
        var reader = await app.CreateUserAsync($"lecteur-{_w.Suffix}@example.org");
        await app.GrantAsync(_w.Supplier, reader, Space.FacturesEmises, AccessMode.Consultation);
        var other = await EmisesWorld.CreateAsync(app);
        using var consultation = await app.SignInAsync(reader);
        using var intruder = await app.SignInAsync(other.SupplierUser);

        var view = await consultation.GetAsync($"/factures-emises/{suspended}");
        Assert.Null(view.QuerySelector("#completer"));
        await consultation.GetAsync("/factures-emises/depot", HttpStatusCode.NotFound);
        foreach (var portal in new[] { consultation, intruder })
        {
            await portal.PostAsync($"/factures-emises/{suspended}?handler=completer", new Dictionary<string, string> { ["Comment"] = "x" }, HttpStatusCode.NotFound);
            await portal.PostAsync($"/factures-emises/{toRecycle}?handler=recycler", new Dictionary<string, string> { ["Recycle.RecipientSiret"] = _w.RecipientSiret, ["Recycle.ServiceCode"] = "TECHNIQUE" }, HttpStatusCode.NotFound);
            await portal.PostAsync($"/factures-emises/{rejected}?handler=rejet", new Dictionary<string, string>(), HttpStatusCode.NotFound);
        }

        await intruder.GetAsync($"/factures-emises/{suspended}", HttpStatusCode.NotFound);
        var statuses = await app.WithDbAsync(db => db.Invoices.Where(i => i.Id == suspended || i.Id == toRecycle || i.Id == rejected)
            .OrderBy(i => i.Id).Select(i => new { i.Status, i.RejectionAcknowledgedAtUtc }).ToListAsync());
        Assert.Equal([InvoiceStatus.Suspendue, InvoiceStatus.ARecycler, InvoiceStatus.Rejetee], statuses.Select(s => s.Status));
        Assert.Null(statuses[2].RejectionAcknowledgedAtUtc);
    }

    [Fact]
    public async Task Send_ByAUserInConsultationMode_IsNotFoundAndWritesNothing()
    {
        var reader = await app.CreateUserAsync($"lecteur2-{_w.Suffix}@example.org");
        await app.GrantAsync(_w.Supplier, reader, Space.FacturesEmises, AccessMode.Consultation);
        using var consultation = await app.SignInAsync(reader);
        var before = await app.CountAsync<Invoice>();

        await consultation.PostAsync("/factures-emises/depot", new Dictionary<string, string>
        {
            ["action"] = "confirmer",
            ["Form.StructureId"] = _w.Supplier.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Form.RecipientSiret"] = _w.RecipientSiret,
            ["Form.ServiceCode"] = "TECHNIQUE",
        }, HttpStatusCode.NotFound);

        Assert.Equal(before, await app.CountAsync<Invoice>());
    }
}
