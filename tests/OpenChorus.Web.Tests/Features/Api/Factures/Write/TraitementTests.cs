using System.Text;
using Microsoft.EntityFrameworkCore;
using OpenChorus.Web.Features.Invoices;
using OpenChorus.Web.Tests.Infrastructure;

namespace OpenChorus.Web.Tests.Features.Api.Factures.Write;

/// <summary>The life of an invoice through the API after its deposit: the recipient's processing, the supplier's
/// follow-up (completer, recycler, traiterRejet) and the validator's decision, each refused when the status or the
/// structure does not allow it.</summary>
public sealed class TraitementTests(TestApp app) : IClassFixture<TestApp>, IAsyncLifetime
{
    private const string TraiterRecue = "/cpro/factures/v1/traiter/recue";
    private WriteScenario _s = null!;

    public async ValueTask InitializeAsync() => _s = await WriteScenario.CreateAsync(app);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task TraiterRecue_MandateeThenMiseEnPaiement_MovesTheInvoiceAndKeepsTheMandateNumber()
    {
        var id = await _s.InvoiceAsync($"M-{_s.Suffix}");

        var (status, body) = await _s.RecipientApi.CallAsync(TraiterRecue, new { idUtilisateurCourant = 0, idFacture = id, nouveauStatut = "MANDATEE", numeroDPMandat = "2589" });

        Assert.Equal(200, status);
        Assert.Equal((id, $"M-{_s.Suffix}", "MANDATEE", "2026-11-26"), (body.GetProperty("idFacture").GetInt32(), body.GetProperty("numeroFacture").GetString(),
            body.GetProperty("nouveauStatut").GetString(), body.GetProperty("dateTraitement").GetString()));
        var (paid, paidBody) = await _s.RecipientApi.CallAsync(TraiterRecue, new { idFacture = id, nouveauStatut = "MISE_EN_PAIEMENT" });
        Assert.Equal((200, "MISE_EN_PAIEMENT"), (paid, paidBody.GetProperty("nouveauStatut").GetString()));
        var invoice = await _s.LoadAsync(id);
        Assert.Equal((InvoiceStatus.MiseEnPaiement, "2589"), (invoice.Status, invoice.MandateNumber));

        var (again, againBody) = await _s.RecipientApi.CallAsync(TraiterRecue, new { idFacture = id, nouveauStatut = "MANDATEE", numeroDPMandat = "1" });
        Assert.Equal((400, 20002), (again, againBody.GetProperty("codeRetour").GetInt32()));
        Assert.StartsWith("GDP_MSG_11.001", againBody.GetProperty("libelle").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("SUSPENDUE")]
    [InlineData("A_RECYCLER")]
    public async Task TraiterRecue_WithoutMotif_IsRefusedAndChangesNothing(string target)
    {
        var id = await _s.InvoiceAsync($"NM-{_s.Suffix}");

        var (status, body) = await _s.RecipientApi.CallAsync(TraiterRecue, new { idFacture = id, nouveauStatut = target, motif = "" });

        Assert.Equal(400, status);
        Assert.Contains("motif", body.GetProperty("libelle").GetString(), StringComparison.Ordinal);
        Assert.Equal(InvoiceStatus.MiseADisposition, (await _s.LoadAsync(id)).Status);
    }

    [Fact]
    public async Task Operations_OnAnotherStructuresInvoice_Are403_AndOnAnUnknownId_400With20000()
    {
        var id = await _s.InvoiceAsync($"F-{_s.Suffix}");

        var (recue, recueBody) = await _s.ValidatorApi.CallAsync(TraiterRecue, new { idFacture = id, nouveauStatut = "REJETEE", motif = "Non" });
        var (complete, completeBody) = await _s.RecipientApi.CallAsync("/cpro/factures/v1/completer", new { identifiantFactureCPP = id, commentaire = "x" });
        var (unknown, unknownBody) = await _s.RecipientApi.CallAsync(TraiterRecue, new { idFacture = int.MaxValue, nouveauStatut = "REJETEE", motif = "Non" });

        Assert.Equal((403, 20001), (recue, recueBody.GetProperty("codeRetour").GetInt32()));
        Assert.Equal((403, 20001), (complete, completeBody.GetProperty("codeRetour").GetInt32()));
        Assert.Equal((400, 20000), (unknown, unknownBody.GetProperty("codeRetour").GetInt32()));
        Assert.Equal(InvoiceStatus.MiseADisposition, (await _s.LoadAsync(id)).Status);
    }

    [Fact]
    public async Task Completer_ASuspendedInvoice_WithAnAttachment_SendsItBackToTheRecipient()
    {
        var id = await _s.InvoiceAsync($"C-{_s.Suffix}", InvoiceStatus.Suspendue);
        var (_, added) = await _s.SupplierApi.CallAsync("/cpro/transverses/v1/ajouter/fichier", new
        {
            pieceJointeFichier = Convert.ToBase64String(Encoding.UTF8.GetBytes("Attestation")),
            pieceJointeNom = "attestation.txt",
            pieceJointeTypeMime = "text/plain",
            pieceJointeExtension = "txt",
        });

        var (status, body) = await _s.SupplierApi.CallAsync("/cpro/factures/v1/completer", new
        {
            identifiantFactureCPP = id,
            commentaire = "Voici l'attestation",
            pieceJointeComplementaire = new[] { new { pieceJointeComplementaireId = added.GetProperty("pieceJointeId").GetInt64() } },
        });

        Assert.Equal(200, status);
        Assert.Equal((id, $"C-{_s.Suffix}"), (body.GetProperty("identifiantFactureCPP").GetInt32(), body.GetProperty("numeroFacture").GetString()));
        Assert.Equal("2026-11-26", body.GetProperty("dateTraitement").GetString());
        var invoice = await _s.LoadAsync(id);
        Assert.Equal(InvoiceStatus.Completee, invoice.Status);
        Assert.Single(invoice.Files, f => f is { Kind: InvoiceFileKind.Attachment, FileName: "attestation.txt" });
    }

    [Fact]
    public async Task Completer_AnInvoiceNotSuspended_Is20002()
    {
        var id = await _s.InvoiceAsync($"NS-{_s.Suffix}");

        var (status, body) = await _s.SupplierApi.CallAsync("/cpro/factures/v1/completer", new { identifiantFactureCPP = id, commentaire = "Complément" });

        Assert.Equal((400, 20002), (status, body.GetProperty("codeRetour").GetInt32()));
        Assert.StartsWith("GDP_MSG_11.033", body.GetProperty("libelle").GetString(), StringComparison.Ordinal);
        Assert.Equal(InvoiceStatus.MiseADisposition, (await _s.LoadAsync(id)).Status);
    }

    [Fact]
    public async Task Recycler_AnInvoiceARecycler_RoutesItAgainToTheNewService()
    {
        var id = await _s.InvoiceAsync($"R-{_s.Suffix}", InvoiceStatus.ARecycler);

        var (status, body) = await _s.SupplierApi.CallAsync("/cpro/factures/v1/recycler", new
        {
            identifiantFactureCPP = id,
            destinataire = new { codeDestinataire = _s.RecipientSiret, codeServiceExecutant = "FINANCES" },
            reference = new { numeroBonCommande = "EJ-42" },
        });

        Assert.Equal(200, status);
        Assert.Equal(("MISE_A_DISPOSITION", "2026-11-26"), (body.GetProperty("statutFacture").GetString(), body.GetProperty("dateDepot").GetString()));
        var invoice = await _s.LoadAsync(id);
        Assert.Equal("EJ-42", invoice.EngagementNumber);
        Assert.Equal("FINANCES", await app.WithDbAsync(db => db.Services.Where(s => s.Id == invoice.RecipientServiceId).Select(s => s.Code).SingleAsync()));
    }

    [Fact]
    public async Task TraiterRejet_AcknowledgesTheRejectedInvoices_AndRefusesAListWithAnInvoiceNotRejected()
    {
        var rejected = await _s.InvoiceAsync($"RJ-{_s.Suffix}", InvoiceStatus.Rejetee);
        var other = await _s.InvoiceAsync($"OK-{_s.Suffix}");

        var (refused, _) = await _s.SupplierApi.CallAsync("/cpro/factures/v1/traiterRejet", new { listeDemandePaiement = new[] { new { idDemandePaiement = rejected }, new { idDemandePaiement = other } } });
        Assert.Equal(400, refused);
        Assert.Null((await _s.LoadAsync(rejected)).RejectionAcknowledgedAtUtc);

        var (status, body) = await _s.SupplierApi.CallAsync("/cpro/factures/v1/traiterRejet", new { listeDemandePaiement = new[] { new { idDemandePaiement = rejected } } });

        Assert.Equal((200, 0), (status, body.GetProperty("codeRetour").GetInt32()));
        Assert.NotNull((await _s.LoadAsync(rejected)).RejectionAcknowledgedAtUtc);
    }

    [Theory]
    [InlineData("VALIDATION", null, "VALIDEE_1", InvoiceStatus.MiseADisposition)]
    [InlineData("REFUS", "Travaux non réalisés", "REFUSEE_1", InvoiceStatus.Refusee1)]
    public async Task TraiterFactureAValider_ValidatesOrRefusesAnA9Invoice(string action, string? motif, string answered, InvoiceStatus after)
    {
        var id = await app.SendInvoiceAsync(_s.SupplierUser, _s.Supplier, _s.RecipientSiret, $"V-{_s.Suffix}", frame: InvoiceFrame.A9, validatorSiret: _s.ValidatorSiret);

        var (status, body) = await _s.ValidatorApi.CallAsync("/cpro/factures/v1/traiter/factureAValider", new { idFacture = id, action, motifRefus = motif, complementInfo = "OK" });

        Assert.Equal(200, status);
        Assert.Equal((id, answered), (body.GetProperty("idFacture").GetInt32(), body.GetProperty("statutFacture").GetString()));
        Assert.Equal("2026-11-26", body.GetProperty("dateTraitement").GetString());
        Assert.Equal(after, (await _s.LoadAsync(id)).Status);
    }

    [Fact]
    public async Task TraiterFactureAValider_RefusWithoutMotif_IsRefused()
    {
        var id = await app.SendInvoiceAsync(_s.SupplierUser, _s.Supplier, _s.RecipientSiret, $"VM-{_s.Suffix}", frame: InvoiceFrame.A9, validatorSiret: _s.ValidatorSiret);

        var (status, body) = await _s.ValidatorApi.CallAsync("/cpro/factures/v1/traiter/factureAValider", new { idFacture = id, action = "REFUS" });

        Assert.Equal(400, status);
        Assert.Contains("motif", body.GetProperty("libelle").GetString(), StringComparison.Ordinal);
        Assert.Equal(InvoiceStatus.AValider1, (await _s.LoadAsync(id)).Status);
    }

    [Fact]
    public async Task CorrigerValideur_SendsAWaitingInvoiceToTheRightTitulaire()
    {
        var id = await app.SendInvoiceAsync(_s.SupplierUser, _s.Supplier, _s.RecipientSiret, $"CV-{_s.Suffix}", frame: InvoiceFrame.A9, validatorSiret: _s.ValidatorSiret);
        var rightSiret = TestStructures.NewSiret();
        var right = await app.CreateStructureAsync(await app.CreateUserAsync($"vrai-titulaire-{_s.Suffix}@example.org"), $"Vrai titulaire {_s.Suffix}", siret: rightSiret);

        var (status, body) = await _s.SupplierApi.CallAsync("/cpro/factures/v1/corriger/valideur/facture",
            new { idFacture = id, typeIdentifiantStructure = "SIRET", identifiantStructure = rightSiret });

        Assert.Equal((200, 0, id), (status, body.GetProperty("codeRetour").GetInt32(), body.GetProperty("idFacture").GetInt32()));
        var invoice = await _s.LoadAsync(id);
        Assert.Equal((InvoiceStatus.AValider1, right), (invoice.Status, invoice.ValidatorStructureId!.Value));
    }

    [Fact]
    public async Task CorrigerValideur_OfAnInvoiceNotWaitingForItsValidator_IsRefused()
    {
        var id = await _s.InvoiceAsync($"CW-{_s.Suffix}");

        var (status, body) = await _s.SupplierApi.CallAsync("/cpro/factures/v1/corriger/valideur/facture",
            new { idFacture = id, typeIdentifiantStructure = "SIRET", identifiantStructure = _s.ValidatorSiret });

        Assert.Equal((400, 20002), (status, body.GetProperty("codeRetour").GetInt32()));
        Assert.Contains("A_VALIDER_1", body.GetProperty("libelle").GetString(), StringComparison.Ordinal);
    }
}
