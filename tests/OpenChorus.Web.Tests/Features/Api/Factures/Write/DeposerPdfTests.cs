using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OpenChorus.Formats.Validation;
using OpenChorus.Pdf.Rendering;
using OpenChorus.Web.Features.Invoices;
using OpenChorus.Web.Tests.Features.Invoices.Emises;
using OpenChorus.Web.Tests.Infrastructure;

namespace OpenChorus.Web.Tests.Features.Api.Factures.Write;

/// <summary>An ERP sending an invoice PDF made by an invoicing tool (here the project's own renderer): deposer/pdf
/// answers what it read from the text, soumettre DEPOT_PDF_API completes and sends it with that PDF as the original,
/// and the supplier then finds it, reads its payment fields and downloads the PDF. Until then the PDF is an
/// INTERPRETEE_OCR invoice that only the supplier sees, holds no number, and is sent once.</summary>
public sealed class DeposerPdfTests(TestApp app) : IClassFixture<TestApp>, IAsyncLifetime
{
    private WriteScenario _s = null!;

    public async ValueTask InitializeAsync() => _s = await WriteScenario.CreateAsync(app);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task RenderedInvoicePdf_IsRead_Submitted_FoundAndDownloadable()
    {
        var number = $"PDF-{_s.Suffix}";
        var model = InvoiceValidator.Validate(EmisesSamples.Ubl(number, _s.SupplierSiret, _s.RecipientSiret)).Invoice!;
        var pdf = InvoiceRenderer.Render(model);
        var totals = model.Totals!;

        var (status, read) = await _s.SupplierApi.CallAsync("/cpro/factures/v1/deposer/pdf",
            new { fichierFacture = Convert.ToBase64String(pdf), nomFichier = "facture-outil.pdf", formatDepot = "PDF_NON_SIGNE" });

        Assert.Equal((200, 0), (status, read.GetProperty("codeRetour").GetInt32()));
        Assert.Equal((number, "2026-11-20", _s.RecipientSiret, _s.SupplierSiret, "FACTURE", "EUR"), (Text(read, "numeroFacture"), Text(read, "dateFacture"),
            Text(read, "codeDestinataire"), Text(read, "codeFournisseur"), Text(read, "typeFacture"), Text(read, "codeDeviseFacture")));
        Assert.Equal((totals.TaxExclusiveAmount, totals.VatTotal, totals.TaxInclusiveAmount, totals.PayableAmount),
            (Amount(read, "montantHtTotal"), Amount(read, "montantTVA"), Amount(read, "montantTtcAvantRemiseGlobalTTC"), Amount(read, "montantAPayer")));

        var (sent, answer) = await _s.SupplierApi.CallAsync("/cpro/factures/v1/soumettre", new
        {
            modeDepot = "DEPOT_PDF_API",
            destinataire = new { codeDestinataire = Text(read, "codeDestinataire"), codeServiceExecutant = "TECHNIQUE" },
            fournisseur = new { idFournisseur = _s.Supplier },
            references = new { modePaiement = "PRELEVEMENT", numeroFactureOrigine = $"PREC-{_s.Suffix}" },
            pieceJointePrincipale = new { pieceJointePrincipaleDesignation = "facture", pieceJointePrincipaleId = read.GetProperty("pieceJointeId").GetInt64() },
        });

        Assert.Equal((200, 0), (sent, answer.GetProperty("codeRetour").GetInt32()));
        Assert.Equal((number, "MISE_A_DISPOSITION"), (Text(answer, "numeroFacture"), Text(answer, "statutFacture")));
        var id = answer.GetProperty("identifiantFactureCPP").GetInt32();
        var invoice = await _s.LoadAsync(id);
        Assert.Equal((DepositMode.DepotPdfApi, "PRELEVEMENT", $"PREC-{_s.Suffix}"), (invoice.DepositMode, invoice.PaymentMode, invoice.PrecedingInvoiceNumber));

        var (_, found) = await _s.SupplierApi.CallAsync("/cpro/factures/v1/rechercher/fournisseur", new { numeroFacture = number });
        var item = Assert.Single(found.GetProperty("listeFactures").EnumerateArray());
        Assert.Equal((id, "DEPOT_PDF_API", "MISE_A_DISPOSITION"), (item.GetProperty("identifiantFactureCPP").GetInt32(), Text(item, "modeDepot"), Text(item, "statut")));
        Assert.Equal(totals.TaxInclusiveAmount, Amount(item, "montantTTC"));

        var (_, consulted) = await _s.SupplierApi.CallAsync("/cpro/factures/v1/consulter/fournisseur", new { identifiantFactureCPP = id });
        var facture = consulted.GetProperty("facture");
        Assert.Equal(("DEPOT_PDF_API", "PRELEVEMENT", $"PREC-{_s.Suffix}"), (Text(facture, "modeDepot"),
            Text(facture.GetProperty("references"), "modePaiement"), Text(facture.GetProperty("references"), "numeroFactureOrigine")));

        var (downloaded, file) = await _s.SupplierApi.CallAsync("/cpro/factures/v1/telecharger/groupe",
            new { format = "PDF", avecPiecesJointesComplementaires = "NON", listeFacture = new[] { new { idFacture = id } } });
        Assert.Equal(200, downloaded);
        Assert.Equal(pdf, Convert.FromBase64String(Text(file, "fichierResultat")!));
    }

    [Fact]
    public async Task DeposerPdf_IsAnInterpreteeOcrInvoiceOfTheSupplierOnly_ThatSoumettreSends_Once()
    {
        var number = $"OCR-{_s.Suffix}";
        var pieceJointeId = await DepositAsync(number);
        var found = await SupplierFindsAsync(number, "INTERPRETEE_OCR");
        Assert.NotNull(found);
        var draft = found.Value;
        var (consulted, answer) = await _s.SupplierApi.CallAsync("/cpro/factures/v1/consulter/fournisseur", new { identifiantFactureCPP = draft });
        Assert.Equal((200, "INTERPRETEE_OCR"), (consulted, Text(answer.GetProperty("facture"), "statutFacture")));
        Assert.Null(await RecipientFindsAsync(number));
        Assert.Equal(403, (await _s.RecipientApi.CallAsync("/cpro/factures/v1/consulter/recipiendaire", new { identifiantFactureCPP = draft })).Status);
        using (var portal = await app.SignInAsync(_s.SupplierUser))
        {
            var row = (await portal.GetAsync("/factures-emises")).QuerySelector("#brouillons")!.TextContent;
            Assert.Contains(number, row, StringComparison.Ordinal);
            Assert.Contains("Interprétée OCR", row, StringComparison.Ordinal);
        }

        var (sent, submitted) = await _s.SupplierApi.CallAsync("/cpro/factures/v1/soumettre", Submission(pieceJointeId));
        var (again, refused) = await _s.SupplierApi.CallAsync("/cpro/factures/v1/soumettre", Submission(pieceJointeId));

        Assert.Equal((200, draft, "MISE_A_DISPOSITION"), (sent, submitted.GetProperty("identifiantFactureCPP").GetInt32(), Text(submitted, "statutFacture")));
        Assert.Equal((400, 20002), (again, refused.GetProperty("codeRetour").GetInt32()));
        Assert.StartsWith("GDP_MSG_11.001", Text(refused, "libelle"), StringComparison.Ordinal);
        Assert.Equal(1, await app.WithDbAsync(db => db.Invoices.CountAsync(i => i.SupplierStructureId == _s.Supplier && i.Number == number)));
        var invoice = await _s.LoadAsync(draft);
        Assert.Equal([InvoiceStatus.InterpreteeOcr, InvoiceStatus.Deposee, InvoiceStatus.MiseADisposition],
            await app.WithDbAsync(db => db.Set<InvoiceEvent>().Where(e => e.InvoiceId == draft).OrderBy(e => e.Id).Select(e => e.Status).ToListAsync()));
        Assert.Single(invoice.Files, f => f.Kind == InvoiceFileKind.Original);
        Assert.Equal(draft, await RecipientFindsAsync(number));
    }

    [Fact]
    public async Task DeposerPdf_WithANumberAlreadyTaken_KeepsTheDraft_AndSoumettreRefusesTheNumberAsUsual()
    {
        var number = $"OCRDUP-{_s.Suffix}";
        await _s.InvoiceAsync(number);
        var first = await DepositAsync(number);
        var second = await DepositAsync(number);

        var (status, refused) = await _s.SupplierApi.CallAsync("/cpro/factures/v1/soumettre", Submission(first));

        Assert.Equal((400, 20013), (status, refused.GetProperty("codeRetour").GetInt32()));
        Assert.Contains(InvoiceNumbers.Duplicate, Text(refused, "libelle"), StringComparison.Ordinal);
        var drafts = await app.WithDbAsync(db => db.Invoices.Where(i => i.SupplierStructureId == _s.Supplier && i.Number == number && i.Status == InvoiceStatus.InterpreteeOcr).CountAsync());
        Assert.Equal(2, drafts);
        var (renumbered, sent) = await _s.SupplierApi.CallAsync("/cpro/factures/v1/soumettre", Submission(second, $"OCRNEW-{_s.Suffix}"));
        Assert.Equal((200, $"OCRNEW-{_s.Suffix}", "MISE_A_DISPOSITION"), (renumbered, Text(sent, "numeroFacture"), Text(sent, "statutFacture")));
    }

    [Fact]
    public async Task DeposerPdf_OfAnotherStructure_IsRefusedAsThatStructuresInvoice_AndStaysADraft()
    {
        var number = $"OCRVOL-{_s.Suffix}";
        var pieceJointeId = await DepositAsync(number);
        var stranger = await CproClient.CreateAsync(app, _s.Recipient, OpenChorus.Web.Features.Structures.Space.FacturesEmises);

        var (status, refused) = await stranger.CallAsync("/cpro/factures/v1/soumettre", Submission(pieceJointeId, $"VOL-{_s.Suffix}"));

        Assert.Equal((403, 20001), (status, refused.GetProperty("codeRetour").GetInt32()));
        Assert.StartsWith("GDP_MSG_11.005 Le compte technique n'a pas de droit sur la demande de paiement", Text(refused, "libelle"), StringComparison.Ordinal);
        Assert.NotNull(await SupplierFindsAsync(number, "INTERPRETEE_OCR"));
        Assert.False(await app.WithDbAsync(db => db.Invoices.AnyAsync(i => i.Number == $"VOL-{_s.Suffix}")));
    }

    [Fact]
    public async Task DeposerPdf_AnswersNullForWhatItCouldNotRead_AndTheSupplierMayDeleteTheDraftInThePortal()
    {
        var pdf = EmisesSamples.Pdf("Document numérisé", "Sans montant ni date");
        var (status, read) = await _s.SupplierApi.CallAsync("/cpro/factures/v1/deposer/pdf", new { fichierFacture = Convert.ToBase64String(pdf), nomFichier = "scan.pdf" });

        Assert.Equal(200, status);
        foreach (var unread in new[] { "numeroFacture", "dateFacture", "codeDestinataire", "codeServiceExecutant", "numeroBonCommande", "montantHtTotal", "montantTVA", "montantTtcAvantRemiseGlobalTTC", "montantAPayer" })
        {
            Assert.Equal(JsonValueKind.Null, read.GetProperty(unread).ValueKind);
        }

        Assert.Equal((_s.SupplierSiret, "FACTURE"), (Text(read, "codeFournisseur"), Text(read, "typeFacture")));
        var pieceJointeId = read.GetProperty("pieceJointeId").GetInt64();
        var draft = await app.WithDbAsync(db => db.Set<OpenChorus.Web.Features.Api.Factures.Write.ApiAttachment>().Where(a => a.Id == pieceJointeId).Select(a => a.InvoiceId).SingleAsync());
        var kept = await app.WithDbAsync(db => db.Invoices.Where(i => i.Id == draft).Select(i => new { i.Status, i.Number }).SingleAsync());
        Assert.Equal((InvoiceStatus.InterpreteeOcr, ""), (kept.Status, kept.Number));

        using var portal = await app.SignInAsync(_s.SupplierUser);
        Assert.Contains("Numéro non lu", (await portal.GetAsync("/factures-emises")).QuerySelector("#brouillons")!.TextContent, StringComparison.Ordinal);
        var synthese = await portal.SubmitAsync($"/factures-emises/{draft}", new Dictionary<string, string> { ["action"] = "supprimer" }, "#supprimer-brouillon");

        Assert.Contains("est supprimé", synthese.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.Invoices.AnyAsync(i => i.Id == draft)));
        var (gone, answer) = await _s.SupplierApi.CallAsync("/cpro/factures/v1/soumettre", Submission(pieceJointeId, $"SUPPR-{_s.Suffix}"));
        Assert.Equal((400, 20000), (gone, answer.GetProperty("codeRetour").GetInt32()));
    }

    private async Task<long> DepositAsync(string number)
    {
        var pdf = EmisesSamples.Pdf($"Facture n° {number}", "Date : 20/11/2026", $"SIRET destinataire : {_s.RecipientSiret}",
            "Total HT : 100,00", "TVA 20 % : 20,00", "Total TTC : 120,00");
        var (status, read) = await _s.SupplierApi.CallAsync("/cpro/factures/v1/deposer/pdf", new { fichierFacture = Convert.ToBase64String(pdf), nomFichier = "facture.pdf" });
        Assert.Equal((200, number), (status, Text(read, "numeroFacture")));
        return read.GetProperty("pieceJointeId").GetInt64();
    }

    private object Submission(long pieceJointeId, string? number = null) => new
    {
        modeDepot = "DEPOT_PDF_API",
        numeroFactureSaisi = number,
        destinataire = new { codeDestinataire = _s.RecipientSiret, codeServiceExecutant = "TECHNIQUE" },
        montantTotal = new { montantHtTotal = 100, montantTVA = 20, montantTtcTotal = 120 },
        pieceJointePrincipale = new { pieceJointePrincipaleId = pieceJointeId },
    };

    /// <summary>The id of the invoice numbered <paramref name="number"/> the supplier's search finds in <paramref name="status"/>.</summary>
    private async Task<int?> SupplierFindsAsync(string number, string status)
    {
        var (_, found) = await _s.SupplierApi.CallAsync("/cpro/factures/v1/rechercher/fournisseur", new { numeroFacture = number, statutFacture = status });
        return Ids(found, "identifiantFactureCPP").SingleOrDefault();
    }

    /// <summary>The id of the invoice numbered <paramref name="number"/> the recipient's search finds.</summary>
    private async Task<int?> RecipientFindsAsync(string number)
    {
        var (_, found) = await _s.RecipientApi.CallAsync("/cpro/factures/v1/rechercher/recipiendaire", new { numeroFacture = number });
        return Ids(found, "idFacture").SingleOrDefault();
    }

    private static List<int?> Ids(JsonElement found, string name) =>
        found.TryGetProperty("listeFactures", out var list) ? list.EnumerateArray().Select(i => (int?)i.GetProperty(name).GetInt32()).ToList() : [];

    private static string? Text(JsonElement element, string name) => element.GetProperty(name).GetString();

    private static decimal? Amount(JsonElement element, string name) => element.GetProperty(name).GetDecimal();
}
