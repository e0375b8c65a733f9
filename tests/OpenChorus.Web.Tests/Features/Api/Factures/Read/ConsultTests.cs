using System.Text;
using OpenChorus.Web.Features.Invoices;
using OpenChorus.Web.Tests.Features.Invoices.Emises;
using OpenChorus.Web.Tests.Infrastructure;
using static OpenChorus.Web.Tests.Features.Api.Factures.Read.ApiReadWorld;

namespace OpenChorus.Web.Tests.Features.Api.Factures.Read;

/// <summary>consulter/fournisseur and consulter/recipiendaire: the whole invoice tree, the lines and VAT breakdown
/// from the structured original, and the refusals for an invoice the account may not see or that does not exist.</summary>
public sealed class ConsultTests(TestApp app) : IClassFixture<TestApp>
{
    private const string Recipient = "/cpro/factures/v1/consulter/recipiendaire";
    private const string Supplier = "/cpro/factures/v1/consulter/fournisseur";

    [Fact]
    public async Task Recipient_StructuredOriginal_AnswersTheTreeWithLinesAndVat()
    {
        var world = await ApiReadWorld.CreateAsync(app);
        var id = await world.SendAsync(world.Number("U"));
        var original = await world.AddFileAsync(id, InvoiceFileKind.Original, "facture.xml", "application/xml",
            EmisesSamples.Ubl(world.Number("U"), world.SupplierSiret, world.RecipientSiret));
        await world.AddFileAsync(id, InvoiceFileKind.Attachment, "bon-livraison.pdf", "application/pdf", Encoding.ASCII.GetBytes("%PDF-1.4 bon"));

        var (status, body) = await world.RecipientApi.CallAsync(Recipient, new
        {
            idUtilisateurCourant = 330,
            identifiantFactureCPP = id,
            codeLangue = "fr",
            rechercheLignePoste = new { pageResultatDemandeeLignesPoste = 1, nbResultatsParPageLignesPoste = 10 },
        });

        Assert.Equal(200, status);
        Assert.Equal(0, body.GetProperty("codeRetour").GetInt32());
        var facture = body.GetProperty("facture");
        Assert.Equal(id, facture.GetProperty("identifiantFactureCPP").GetInt32());
        Assert.Equal("MISE_A_DISPOSITION", Text(facture, "statutFacture"));
        Assert.False(facture.TryGetProperty("rejetTraite", out _));
        var destinataire = facture.GetProperty("destinataire");
        Assert.Equal((world.Recipient, world.RecipientSiret, "TECHNIQUE", "NON"), (destinataire.GetProperty("idDestinataire").GetInt32(),
            Text(destinataire, "codeDestinataire"), Text(destinataire, "codeServiceExecutant"), Text(destinataire, "destinataireEtat")));
        var fournisseur = facture.GetProperty("fournisseur");
        Assert.Equal((world.Supplier, world.SupplierSiret), (fournisseur.GetProperty("idFournisseur").GetInt32(), Text(fournisseur, "codeFournisseur")));
        Assert.Equal($"Fournisseur {world.Suffix}", Text(fournisseur, "designationFournisseur"));
        Assert.Equal("A1_FACTURE_FOURNISSEUR", Text(facture.GetProperty("cadreDeFacturation"), "codeCadreFacturation"));
        var references = facture.GetProperty("references");
        Assert.Equal(("FACTURE", "EUR", "2026-11-26", "2026-12-20", "TVA_SUR_DEBIT"), (Text(references, "typeFacture"),
            Text(references, "codeDeviseFacture"), Text(references, "dateDepot"), Text(references, "dateEcheancePaiement"), Text(references, "typeTva")));
        Assert.Equal(1200m, facture.GetProperty("montantTotal").GetProperty("montantAPayer").GetDecimal());
        var ligne = Assert.Single(Items(facture.GetProperty("lignesDePoste"), "lignePoste"));
        Assert.Equal(("Fournitures de bureau", 10m, 100m, 1000m, 20m), (Text(ligne, "lignePosteDenomination"),
            ligne.GetProperty("lignePosteQuantite").GetDecimal(), ligne.GetProperty("lignePosteMontantUnitaireHT").GetDecimal(),
            ligne.GetProperty("lignePosteMontantHtApresRemise").GetDecimal(), ligne.GetProperty("lignePosteTauxTvaManuel").GetDecimal()));
        Assert.Equal(1, facture.GetProperty("lignesDePoste").GetProperty("totalLignesPoste").GetInt32());
        var tva = Assert.Single(Items(facture.GetProperty("recapitulatifDeTva"), "ligneTva"));
        Assert.Equal((1000m, 200m), (tva.GetProperty("ligneTvaMontantBaseHtParTaux").GetDecimal(), tva.GetProperty("ligneTvaMontantTvaParTaux").GetDecimal()));
        Assert.Equal(original, facture.GetProperty("pieceJointePrincipale").GetProperty("idPieceJointePrincipale").GetInt32());
        var pj = Assert.Single(Items(facture.GetProperty("listeDesPiecesJointes"), "pieceJointe"));
        Assert.Equal(("bon-livraison.pdf", "PDF"), (Text(pj, "pieceJointeDesignation"), Text(pj, "pieceJointeExtension")));
    }

    [Fact]
    public async Task Supplier_GetpLignesPostePaging_AnswersTheEmittedTree()
    {
        var world = await ApiReadWorld.CreateAsync(app);
        var id = await world.SendAsync(world.Number("E"));
        await world.AddFileAsync(id, InvoiceFileKind.Original, "facture.xml", "application/xml",
            EmisesSamples.Ubl(world.Number("E"), world.SupplierSiret, world.RecipientSiret));

        var (status, body) = await world.SupplierApi.CallAsync(Supplier, new
        {
            identifiantFactureCPP = id,
            codeLangue = "FR",
            getpLignesPoste = new { pageResultatDemandeeLignesPoste = 2, nbResultatsParPageLignesPoste = 1 },
            pListePiecesJointes = new { pageResultatDemandeeListePieceJointe = 1, nbResultatsParPageListePieceJointe = 5 },
        });

        Assert.Equal(200, status);
        var facture = body.GetProperty("facture");
        Assert.False(facture.GetProperty("rejetTraite").GetBoolean());
        Assert.Equal($"Fournisseur {world.Suffix}", Text(facture.GetProperty("fournisseur"), "raisonSocialeFournisseur"));
        Assert.Equal($"Mairie {world.Suffix}", Text(facture.GetProperty("destinataire"), "designationDestinataire"));
        Assert.True(facture.GetProperty("destinataire").GetProperty("miseEnPaiementDestinataire").GetBoolean());
        var lines = facture.GetProperty("lignesDePoste");
        Assert.Empty(Items(lines, "lignePoste"));
        Assert.Equal((2, 1, 1), (lines.GetProperty("pageCouranteLignesPoste").GetInt32(), lines.GetProperty("pagesLignesPoste").GetInt32(),
            lines.GetProperty("totalLignesPoste").GetInt32()));
    }

    [Fact]
    public async Task Consult_AnotherStructuresInvoice_Is403()
    {
        var world = await ApiReadWorld.CreateAsync(app);
        var foreign = await world.SendAsync(world.Number("O"), recipientSiret: world.OtherRecipientSiret);
        var draft = await world.DraftAsync(world.Number("BR"));

        var (status, body) = await world.RecipientApi.CallAsync(Recipient, new { identifiantFactureCPP = foreign });
        var (draftStatus, _) = await world.RecipientApi.CallAsync(Recipient, new { identifiantFactureCPP = draft });
        var other = await ApiReadWorld.CreateAsync(app);
        var (supplierStatus, _) = await other.SupplierApi.CallAsync(Supplier, new { identifiantFactureCPP = foreign });

        Assert.Equal(403, status);
        Assert.Equal(20001, body.GetProperty("codeRetour").GetInt32());
        Assert.StartsWith("GDP_MSG_11.005", Text(body, "libelle"), StringComparison.Ordinal);
        Assert.Equal(403, draftStatus);
        Assert.Equal(403, supplierStatus);
    }

    [Fact]
    public async Task Consult_UnknownInvoice_Is400With20000()
    {
        var world = await ApiReadWorld.CreateAsync(app);

        var (status, body) = await world.RecipientApi.CallAsync(Recipient, new { identifiantFactureCPP = int.MaxValue });

        Assert.Equal(400, status);
        Assert.Equal(20000, body.GetProperty("codeRetour").GetInt32());
        Assert.StartsWith("GDP_MSG_11.008", Text(body, "libelle"), StringComparison.Ordinal);
    }
}
