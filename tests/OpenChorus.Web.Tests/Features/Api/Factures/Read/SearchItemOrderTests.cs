using System.Text.Json;
using OpenChorus.Web.Features.Api.Factures.Read;
using OpenChorus.Web.Features.Api.Wire;
using OpenChorus.Web.Features.Invoices;
using OpenChorus.Web.Features.Structures;

namespace OpenChorus.Web.Tests.Features.Api.Factures.Read;

/// <summary>The search items share their fields through base classes; what clients read stays field for field what
/// the Swagger definitions list, in their order (the fields we never fill, such as the supplier's service, are
/// left out, as nulls are).</summary>
public sealed class SearchItemOrderTests
{
    private static readonly InvoiceRow Row = new()
    {
        Id = 7,
        Number = "F-7",
        Status = InvoiceStatus.MiseADisposition,
        Frame = InvoiceFrame.A9,
        Kind = InvoiceKind.Facture,
        DepositMode = DepositMode.SaisieApi,
        SupplierId = 1,
        SupplierIdentifier = "40000000000001",
        SupplierIdentifierType = IdentifierType.Siret,
        SupplierName = "Fournisseur",
        RecipientId = 2,
        RecipientIdentifier = "21000000000002",
        RecipientIdentifierType = IdentifierType.Siret,
        RecipientName = "Commune",
        ServiceId = 3,
        ServiceCode = "TECHNIQUE",
        ServiceName = "Service technique",
        ValidatorId = 4,
        ValidatorIdentifier = "40000000000004",
        ValidatorIdentifierType = IdentifierType.Siret,
        ValidatorName = "Titulaire",
        IssueDate = new DateOnly(2026, 11, 2),
        SentAtUtc = new DateTime(2026, 11, 3, 8, 0, 0, DateTimeKind.Utc),
        UpdatedAtUtc = new DateTime(2026, 11, 4, 8, 0, 0, DateTimeKind.Utc),
        TotalExcludingVat = 100m,
        TotalIncludingVat = 120m,
        AmountDue = 120m,
        Currency = "EUR",
        ContractNumber = "M-1",
        EngagementNumber = "EJ-1",
        LastComment = "Motif",
        ValidatedAtUtc = new DateTime(2026, 11, 3, 9, 0, 0, DateTimeKind.Utc),
    };

    [Fact]
    public void Recipient_FactureRechercheRecipiendaire()
    {
        var item = RecipientItem.Of(Row);
        item.Taille = 10;

        Assert.Equal(
            "idFacture devise typeDemandePaiement codeFournisseur typeIdentifiantFournisseur designationFournisseur idDestinataire "
            + "codeDestinataire designationDestinataire idServiceExecutant codeServiceExecutant nomServiceExecutant typeFacture "
            + "numeroFacture dateFacture dateDepot montantHT montantTTC montantAPayer statut numeroMarche numeroBonCommande taille "
            + "factureTelechargeeParDestinataire dateHeureEtatCourant commentaireEtatCourant",
            Fields(item));
    }

    [Fact]
    public void SupplierToProcess_FactureRechercherATraiterFournisseur()
    {
        var item = SupplierItemToProcess.Of(Row);
        item.Taille = 10;

        Assert.Equal(
            "identifiantFactureCPP typeDemandePaiement codeFournisseur typeIdentifiantFournisseur designationFournisseur idDestinataire "
            + "codeDestinataire designationDestinataire idServiceExecutant codeServiceExecutant nomServiceExecutant typeFacture "
            + "numeroFacture dateFacture dateDepot montantHT montantTTC montantAPayer devise statut numeroMarche numeroBonCommande taille",
            Fields(item));
    }

    /// <summary>Its own fields first, then those of the to-process item, as it has always been written.</summary>
    [Fact]
    public void Supplier_RetourRechercherFactureParFournisseur()
    {
        Assert.Equal(
            "numeroFluxDepot typeIdentifiantValideur1 codeValideur1 raisonSocialeValideur1 dateValidation1 modeDepot "
            + "dateHeureEtatCourant commentaireEtatCourant rejetTraite "
            + "identifiantFactureCPP typeDemandePaiement codeFournisseur typeIdentifiantFournisseur designationFournisseur idDestinataire "
            + "codeDestinataire designationDestinataire idServiceExecutant codeServiceExecutant nomServiceExecutant typeFacture "
            + "numeroFacture dateFacture dateDepot montantHT montantTTC montantAPayer devise statut numeroMarche numeroBonCommande",
            Fields(SupplierItem.Of(Row, "CPP0011140000000000001")));
    }

    [Fact]
    public void Validator_FactureRechercheValideur()
    {
        Assert.Equal(
            "idFacture typeDemandePaiement idFournisseur identifiantFournisseur typeIdentifiantFournisseur designationFournisseur "
            + "idDestinataire typeIdentifiantDestinataire identifiantDestinataire designationDestinataire idServiceExecutant "
            + "codeServiceExecutant nomServiceExecutant idValideur typeIdentifiantValideur identifiantValideur designationValideur "
            + "typeFacture numeroFacture dateFacture dateDepot montantHT montantTTC montantAPayer devise statut numeroMarche numeroEngagement",
            Fields(ValidatorItem.Of(Row)));
    }

    private static string Fields<T>(T item) =>
        string.Join(' ', JsonSerializer.SerializeToElement(item, CproJson.Options).EnumerateObject().Select(p => p.Name));
}
