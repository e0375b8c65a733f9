using System.Text.Json;
using OpenChorus.Formats.Validation;
using OpenChorus.Pdf.Rendering;
using OpenChorus.Web.Features.Invoices;
using OpenChorus.Web.Tests.Features.Invoices.Emises;
using OpenChorus.Web.Tests.Infrastructure;

namespace OpenChorus.Web.Tests.Features.Api.Factures.Write;

/// <summary>An ERP sending an invoice PDF made by an invoicing tool (here the project's own renderer): deposer/pdf
/// answers what it read from the text, soumettre DEPOT_PDF_API completes and sends it with that PDF as the original,
/// and the supplier then finds it, reads its payment fields and downloads the PDF.</summary>
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

    private static string? Text(JsonElement element, string name) => element.GetProperty(name).GetString();

    private static decimal? Amount(JsonElement element, string name) => element.GetProperty(name).GetDecimal();
}
