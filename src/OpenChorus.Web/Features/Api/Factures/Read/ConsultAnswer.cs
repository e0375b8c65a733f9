using OpenChorus.Web.Features.Api.Wire;

namespace OpenChorus.Web.Features.Api.Factures.Read;

/// <summary>WsRetourFacturesRecues (facture: FactureCpp) and WsRetourFacturesEmises (facture: FactureCppEmise, also
/// what consulter/valideur answers). The two trees differ in a few fields, filled for the view that has them only.</summary>
public sealed class ConsultAnswer : CproAnswer
{
    public ConsultedInvoice? Facture { get; set; }
}

public sealed class ConsultedInvoice
{
    public long IdentifiantFactureCPP { get; set; }

    public string? NumeroFacture { get; set; }

    public string? StatutFacture { get; set; }

    public string? ModeDepot { get; set; }

    /// <summary>FactureCppEmise only.</summary>
    public bool? RejetTraite { get; set; }

    public RecipientParty? Destinataire { get; set; }

    public SupplierParty? Fournisseur { get; set; }

    public InvoicingFrame? CadreDeFacturation { get; set; }

    public InvoiceReferences? References { get; set; }

    public VatLines? RecapitulatifDeTva { get; set; }

    public Totals? MontantTotal { get; set; }

    public MainAttachment? PieceJointePrincipale { get; set; }

    public Attachments? ListeDesPiecesJointes { get; set; }

    public InvoiceLines? LignesDePoste { get; set; }

    public string? Commentaire { get; set; }
}

/// <summary>Destinataire (FactureCpp) / DestinataireFactureEmise.</summary>
public sealed class RecipientParty
{
    /// <summary>FactureCpp only: OUI for a State entity.</summary>
    public string? DestinataireEtat { get; set; }

    public long? IdDestinataire { get; set; }

    public string? CodeDestinataire { get; set; }

    public string? LibelleDestinataire { get; set; }

    public long? IdServiceExecutant { get; set; }

    public string? CodeServiceExecutant { get; set; }

    public string? LibelleServiceExecutant { get; set; }

    /// <summary>DestinataireFactureEmise only: the recipient reports the "Mise en paiement" status.</summary>
    public bool? MiseEnPaiementDestinataire { get; set; }

    public string? AdresseDestinataireDetail { get; set; }

    public string? AdresseDestinataireCodePostal { get; set; }

    public string? AdresseDestinataireVille { get; set; }

    public string? AdresseDestinataireCodePays { get; set; }

    /// <summary>DestinataireFactureEmise only.</summary>
    public string? DesignationDestinataire { get; set; }
}

/// <summary>Fournisseur (FactureCpp) / FournisseurFactureEmise.</summary>
public sealed class SupplierParty
{
    public long IdFournisseur { get; set; }

    public string? TypeIdentifiantFournisseur { get; set; }

    public string? CodeFournisseur { get; set; }

    /// <summary>FournisseurFactureEmise only.</summary>
    public string? RaisonSocialeFournisseur { get; set; }

    public string? AdresseFournisseurDetail { get; set; }

    public string? AdresseFournisseurCodePostal { get; set; }

    public string? AdresseFournisseurVille { get; set; }

    public string? AdresseFournisseurCodePays { get; set; }

    public string? CoordBancairesBicSwift { get; set; }

    public string? CoordBancairesFournisseurCompteBancaire { get; set; }

    public string? CoordBancairesFournisseurType { get; set; }

    public long? CoordBancairesFournisseurId { get; set; }

    public string? DesignationFournisseur { get; set; }
}

/// <summary>CadreDeFacturationOutput.</summary>
public sealed class InvoicingFrame
{
    public string? CodeCadreFacturation { get; set; }

    public long? IdValideur1 { get; set; }

    public string? TypeIdentifiantValideur1 { get; set; }

    public string? CodeValideur1 { get; set; }

    public string? RaisonSocialeValideur1 { get; set; }

    public string? DateValidation1 { get; set; }
}

/// <summary>References.</summary>
public sealed class InvoiceReferences
{
    public string? DateFacture { get; set; }

    public string? DateDepot { get; set; }

    public string? CodeDeviseFacture { get; set; }

    public string? TypeFacture { get; set; }

    public string? TypeTva { get; set; }

    public string? MotifExonerationTva { get; set; }

    public string? NumeroMarche { get; set; }

    public string? NumeroBonCommande { get; set; }

    public string? NumeroFactureOrigine { get; set; }

    public string? ModePaiement { get; set; }

    public string? DateCreationFacture { get; set; }

    public string? DateEcheancePaiement { get; set; }

    /// <summary>In bytes.</summary>
    public decimal TailleTotalePiecesJointes { get; set; }

    public string? NumeroDpMandat { get; set; }
}

/// <summary>MontantTotal.</summary>
public sealed class Totals
{
    public decimal MontantHtTotal { get; set; }

    public decimal MontantTVA { get; set; }

    public decimal MontantTtcAvantRemiseGlobalTTC { get; set; }

    public decimal MontantRemiseGlobaleTTC { get; set; }

    public decimal MontantTtcTotal { get; set; }

    public decimal MontantAPayer { get; set; }
}

/// <summary>PiecejointePrincipale: the invoice's original file.</summary>
public sealed class MainAttachment
{
    public long IdLiaisonPieceJointePrincipale { get; set; }

    public long IdPieceJointePrincipale { get; set; }
}
