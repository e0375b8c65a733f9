using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using OpenChorus.Formats.Validation;
using OpenChorus.Web.Features.Invoices;
using OpenChorus.Web.Tests.Features.Invoices.Emises;
using OpenChorus.Web.Tests.Infrastructure;

namespace OpenChorus.Web.Tests.Features.Api.Factures.Write;

/// <summary>An ERP depositing invoices through the API: keyed in (SAISIE_API), as a PDF (deposer/pdf then
/// DEPOT_PDF_API) and with attachments (ajouter/fichier), through the same use cases as the portal.</summary>
public sealed class SoumettreTests(TestApp app) : IClassFixture<TestApp>, IAsyncLifetime
{
    private const string Soumettre = "/cpro/factures/v1/soumettre";
    private WriteScenario _s = null!;

    public async ValueTask InitializeAsync() => _s = await WriteScenario.CreateAsync(app);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task SaisieApi_ReachesTheRecipientWithAValidUblOriginalAndItsFingerprint()
    {
        var (status, body) = await _s.SupplierApi.CallAsync(Soumettre, _s.Saisie($"API-{_s.Suffix}"));

        Assert.Equal(200, status);
        Assert.Equal(0, body.GetProperty("codeRetour").GetInt32());
        Assert.Equal(($"API-{_s.Suffix}", "MISE_A_DISPOSITION", "2026-11-26", _s.SupplierSiret), (body.GetProperty("numeroFacture").GetString(),
            body.GetProperty("statutFacture").GetString(), body.GetProperty("dateDepot").GetString(), body.GetProperty("identifiantStructure").GetString()));
        var invoice = await _s.LoadAsync(body.GetProperty("identifiantFactureCPP").GetInt32());
        Assert.Equal((InvoiceStatus.MiseADisposition, DepositMode.SaisieApi, _s.Recipient), (invoice.Status, invoice.DepositMode, invoice.RecipientStructureId));
        Assert.Equal((932m, 109.07m, 1041.07m, "VABFM001"), (invoice.TotalExcludingVat, invoice.TotalVat, invoice.TotalIncludingVat, invoice.ContractNumber));
        var original = await _s.BytesAsync(invoice.Files.Single(f => f.Kind == InvoiceFileKind.Original));
        var report = InvoiceValidator.Validate(original);
        Assert.Equal(Verdict.Valid, report.Verdict);
        Assert.Single(invoice.Files, f => f.Kind == InvoiceFileKind.Rendering);
        var fingerprint = body.GetProperty("empreinteCertificatDepot").GetString()!;
        Assert.Equal((44, Convert.ToBase64String(SHA256.HashData(original))), (fingerprint.Length, fingerprint));
    }

    [Fact]
    public async Task SaisieApi_WithoutTheServiceCodeTheRecipientRequires_IsRefusedClearlyAndCreatesNothing()
    {
        var before = await app.CountAsync<Invoice>();

        var (status, body) = await _s.SupplierApi.CallAsync(Soumettre, _s.Saisie($"NOSVC-{_s.Suffix}", service: null));

        Assert.Equal(400, status);
        Assert.Equal(20013, body.GetProperty("codeRetour").GetInt32());
        Assert.Equal("destinataire.codeServiceExecutant : Ce destinataire exige un code service : indiquez-le.", body.GetProperty("libelle").GetString());
        Assert.Equal(before, await app.CountAsync<Invoice>());
    }

    [Fact]
    public async Task SaisieApi_ForAnotherSupplier_Is403()
    {
        var other = await app.CreateStructureAsync(await app.CreateUserAsync($"autre-{_s.Suffix}@example.org"), $"Autre {_s.Suffix}");
        var request = System.Text.Json.Nodes.JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(_s.Saisie($"X-{_s.Suffix}")))!;
        request["fournisseur"]!["idFournisseur"] = other;

        var (status, body) = await _s.SupplierApi.CallAsync(Soumettre, request);

        Assert.Equal((403, 20001), (status, body.GetProperty("codeRetour").GetInt32()));
        Assert.False(await app.WithDbAsync(db => db.Invoices.AnyAsync(i => i.Number == $"X-{_s.Suffix}")));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task DeposerPdf_ThenSoumettreDepotPdfApi_SendsThePdfAsTheOriginalWithTheFiguresReadFromIt(bool principalAsArray)
    {
        var number = $"P-{_s.Suffix}{(principalAsArray ? "A" : "O")}";
        var pdf = EmisesSamples.Pdf($"Facture n° {number}", "Date : 20/11/2026", $"SIRET destinataire : {_s.RecipientSiret}",
            "Total HT : 1 000,00", "TVA 20 % : 200,00", "Total TTC : 1 200,00");

        var (status, read) = await _s.SupplierApi.CallAsync("/cpro/factures/v1/deposer/pdf",
            new { fichierFacture = Convert.ToBase64String(pdf), nomFichier = "facture.pdf", formatDepot = "PDF_NON_SIGNE" });

        Assert.Equal(200, status);
        Assert.Equal((number, "2026-11-20", _s.RecipientSiret, _s.SupplierSiret), (read.GetProperty("numeroFacture").GetString(),
            read.GetProperty("dateFacture").GetString(), read.GetProperty("codeDestinataire").GetString(), read.GetProperty("codeFournisseur").GetString()));
        Assert.Equal((1000m, 200m, 1200m), (read.GetProperty("montantHtTotal").GetDecimal(), read.GetProperty("montantTVA").GetDecimal(), read.GetProperty("montantTtcAvantRemiseGlobalTTC").GetDecimal()));
        var principal = new { pieceJointePrincipaleDesignation = "facture", pieceJointePrincipaleId = read.GetProperty("pieceJointeId").GetInt64() };

        var (sent, answer) = await _s.SupplierApi.CallAsync(Soumettre, new
        {
            modeDepot = "DEPOT_PDF_API",
            destinataire = new { codeDestinataire = _s.RecipientSiret, codeServiceExecutant = "TECHNIQUE" },
            fournisseur = new { idFournisseur = _s.Supplier },
            cadreDeFacturation = new { codeCadreFacturation = "A1_FACTURE_FOURNISSEUR" },
            pieceJointePrincipale = principalAsArray ? new object[] { principal } : (object)principal,
        });

        Assert.Equal(200, sent);
        Assert.Equal((number, "MISE_A_DISPOSITION"), (answer.GetProperty("numeroFacture").GetString(), answer.GetProperty("statutFacture").GetString()));
        var invoice = await _s.LoadAsync(answer.GetProperty("identifiantFactureCPP").GetInt32());
        Assert.Equal((DepositMode.DepotPdfApi, new DateOnly(2026, 11, 20), 1200m, 1200m), (invoice.DepositMode, invoice.IssueDate, invoice.TotalIncludingVat, invoice.AmountDue));
        Assert.Equal(pdf, await _s.BytesAsync(invoice.Files.Single(f => f.Kind == InvoiceFileKind.Original)));
    }

    [Fact]
    public async Task AjouterFichier_ThenSoumettreWithIt_AttachesTheFileAndNumbersTheInvoiceWhenTheClientDoesNot()
    {
        var content = Encoding.UTF8.GetBytes("Bon de livraison signé");
        var (status, added) = await _s.SupplierApi.CallAsync("/cpro/transverses/v1/ajouter/fichier", new
        {
            pieceJointeFichier = Convert.ToBase64String(content),
            pieceJointeNom = "bon-livraison",
            pieceJointeTypeMime = "text/plain",
            pieceJointeExtension = "TXT",
        });
        Assert.Equal(200, status);
        var request = System.Text.Json.Nodes.JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(_s.Saisie(null)))!;
        request["pieceJointeComplementaire"] = new System.Text.Json.Nodes.JsonArray(new System.Text.Json.Nodes.JsonObject
        {
            ["pieceJointeComplementaireDesignation"] = "BL",
            ["pieceJointeComplementaireType"] = "BON_LIVRAISON",
            ["pieceJointeComplementaireId"] = added.GetProperty("pieceJointeId").GetInt64(),
        });

        var (sent, answer) = await _s.SupplierApi.CallAsync(Soumettre, request);

        Assert.Equal(200, sent);
        Assert.Matches("^2026[0-9]{16}$", answer.GetProperty("numeroFacture").GetString());
        var invoice = await _s.LoadAsync(answer.GetProperty("identifiantFactureCPP").GetInt32());
        var attachment = Assert.Single(invoice.Files, f => f.Kind == InvoiceFileKind.Attachment);
        Assert.Equal("bon-livraison.txt", attachment.FileName);
        Assert.Equal(content, await _s.BytesAsync(attachment));
    }

    [Fact]
    public async Task AjouterFichier_OfAnotherStructure_CannotBeNamed()
    {
        var (_, added) = await _s.SupplierApi.CallAsync("/cpro/transverses/v1/ajouter/fichier", new
        {
            pieceJointeFichier = Convert.ToBase64String("%PDF-1.4"u8.ToArray()),
            pieceJointeNom = "facture.pdf",
            pieceJointeTypeMime = "application/pdf",
            pieceJointeExtension = "PDF",
        });
        var stranger = await CproClient.CreateAsync(app, _s.Recipient, OpenChorus.Web.Features.Structures.Space.FacturesEmises);

        var (status, body) = await stranger.CallAsync(Soumettre, new
        {
            modeDepot = "DEPOT_PDF_API",
            numeroFactureSaisi = $"VOL-{_s.Suffix}",
            destinataire = new { codeDestinataire = _s.RecipientSiret, codeServiceExecutant = "TECHNIQUE" },
            montantTotal = new { montantHtTotal = 10, montantTVA = 2, montantTtcTotal = 12 },
            pieceJointePrincipale = new { pieceJointePrincipaleId = added.GetProperty("pieceJointeId").GetInt64() },
        });

        Assert.Equal((403, 20001), (status, body.GetProperty("codeRetour").GetInt32()));
    }

    [Fact]
    public async Task AjouterFichier_WithAnExtensionOutsideTheList_IsRefused()
    {
        var (status, body) = await _s.SupplierApi.CallAsync("/cpro/transverses/v1/ajouter/fichier", new
        {
            pieceJointeFichier = Convert.ToBase64String([1, 2, 3]),
            pieceJointeNom = "outil.exe",
            pieceJointeTypeMime = "application/octet-stream",
            pieceJointeExtension = "EXE",
        });

        Assert.Equal(400, status);
        Assert.Contains("ne sont pas acceptés", body.GetProperty("libelle").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AjouterFichier_OfTenMegabytesOrMore_Is413With20003()
    {
        var (status, body) = await _s.SupplierApi.CallAsync("/cpro/transverses/v1/ajouter/fichier", new
        {
            pieceJointeFichier = Convert.ToBase64String(new byte[10 * 1024 * 1024]),
            pieceJointeNom = "gros.pdf",
            pieceJointeTypeMime = "application/pdf",
            pieceJointeExtension = "PDF",
        });

        Assert.Equal((413, 20003), (status, body.GetProperty("codeRetour").GetInt32()));
    }

    [Fact]
    public async Task SaisieApi_WithTotalsThatDoNotMatchTheLines_IsRefusedSayingWhich()
    {
        var request = System.Text.Json.Nodes.JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(_s.Saisie($"TOT-{_s.Suffix}")))!;
        request["montantTotal"]!["montantHtTotal"] = 1326.0;

        var (status, body) = await _s.SupplierApi.CallAsync(Soumettre, request);

        Assert.Equal(400, status);
        Assert.Equal("montantTotal.montantHtTotal : 1326 ne correspond pas aux lignes de la facture, qui donnent 932.", body.GetProperty("libelle").GetString());
    }

    [Fact]
    public async Task SaisieApi_WithARateCodeOutsideTheList_SaysWhichCodesAreAccepted()
    {
        var request = System.Text.Json.Nodes.JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(_s.Saisie($"TX-{_s.Suffix}")))!;
        request["lignePoste"]![0]!["lignePosteTauxTva"] = "TVA9";

        var (status, body) = await _s.SupplierApi.CallAsync(Soumettre, request);

        Assert.Equal(400, status);
        Assert.StartsWith("lignePoste[0].lignePosteTauxTva : taux de TVA non pris en charge ; indiquez TVA1 (0 %)", body.GetProperty("libelle").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenApi_DescribesTheWriteOperationsWithTheSwaggersFieldNames()
    {
        var json = await _s.SupplierApi.Http.GetStringAsync("/openapi/v1.json", TestContext.Current.CancellationToken);

        foreach (var expected in new[] { "/cpro/factures/v1/soumettre", "/cpro/factures/v1/deposer/pdf", "/cpro/transverses/v1/ajouter/fichier", "/cpro/factures/v1/traiter/recue", "empreinteCertificatDepot", "numeroDPMandat" })
        {
            Assert.Contains(expected, json, StringComparison.Ordinal);
        }
    }
}
