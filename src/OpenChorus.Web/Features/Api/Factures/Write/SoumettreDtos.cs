using System.Text.Json.Serialization;
using OpenChorus.Web.Features.Api.Wire;

namespace OpenChorus.Web.Features.Api.Factures.Write;

/// <summary><c>SoumettreFactureParam</c> (official Swagger), every field optional as clients send them.</summary>
public sealed class SoumettreRequest
{
    public string? ModeDepot { get; set; }

    public string? NumeroFactureSaisi { get; set; }

    public DateOnly? DateFacture { get; set; }

    public SoumettreDestinataire? Destinataire { get; set; }

    public SoumettreFournisseur? Fournisseur { get; set; }

    public SoumettreCadre? CadreDeFacturation { get; set; }

    public SoumettreReferences? References { get; set; }

    public List<SoumettreLignePoste>? LignePoste { get; set; }

    public List<SoumettreLigneTva>? LigneTva { get; set; }

    public SoumettreMontantTotal? MontantTotal { get; set; }

    /// <summary>An object in the Swagger, an array of such objects for some clients (README §9): both are read.</summary>
    [JsonConverter(typeof(OneOrMany<SoumettrePieceJointePrincipale>))]
    public List<SoumettrePieceJointePrincipale>? PieceJointePrincipale { get; set; }

    public List<PieceJointeComplementaire>? PieceJointeComplementaire { get; set; }

    public string? Commentaire { get; set; }
}

public sealed class SoumettreDestinataire
{
    public string? CodeDestinataire { get; set; }

    public string? CodeServiceExecutant { get; set; }
}

public sealed class SoumettreFournisseur
{
    public long? IdFournisseur { get; set; }

    public long? IdServiceFournisseur { get; set; }

    public long? CodeCoordonneesBancairesFournisseur { get; set; }
}

public sealed class SoumettreCadre
{
    public string? CodeCadreFacturation { get; set; }

    public string? CodeStructureValideur { get; set; }

    public string? CodeServiceValideur { get; set; }
}

public sealed class SoumettreReferences
{
    public string? DeviseFacture { get; set; }

    public string? TypeFacture { get; set; }

    public string? TypeTva { get; set; }

    public string? MotifExonerationTva { get; set; }

    public string? NumeroMarche { get; set; }

    public string? NumeroBonCommande { get; set; }

    public string? NumeroFactureOrigine { get; set; }

    public string? ModePaiement { get; set; }
}

public sealed class SoumettreLignePoste
{
    public int? LignePosteNumero { get; set; }

    public string? LignePosteReference { get; set; }

    public string? LignePosteDenomination { get; set; }

    public decimal? LignePosteQuantite { get; set; }

    public string? LignePosteUnite { get; set; }

    public decimal? LignePosteMontantUnitaireHT { get; set; }

    public decimal? LignePosteMontantRemiseHT { get; set; }

    public string? LignePosteTauxTva { get; set; }

    public decimal? LignePosteTauxTvaManuel { get; set; }
}

public sealed class SoumettreLigneTva
{
    public string? LigneTvaTaux { get; set; }

    public decimal? LigneTvaMontantBaseHtParTaux { get; set; }

    public decimal? LigneTvaMontantTvaParTaux { get; set; }

    public decimal? LigneTvaTauxManuel { get; set; }
}

public sealed class SoumettreMontantTotal
{
    public decimal? MontantHtTotal { get; set; }

    [JsonPropertyName("montantTVA")]
    public decimal? MontantTva { get; set; }

    public decimal? MontantTtcTotal { get; set; }

    public decimal? MontantRemiseGlobaleTTC { get; set; }

    public string? MotifRemiseGlobaleTTC { get; set; }

    public decimal? MontantAPayer { get; set; }
}

public sealed class SoumettrePieceJointePrincipale
{
    public string? PieceJointePrincipaleDesignation { get; set; }

    public long? PieceJointePrincipaleId { get; set; }
}

/// <summary>An attachment added with ajouter/fichier, named in soumettre and completer.</summary>
public sealed class PieceJointeComplementaire
{
    public string? PieceJointeComplementaireDesignation { get; set; }

    public string? PieceJointeComplementaireType { get; set; }

    public int? PieceJointeComplementaireNumeroLigneFacture { get; set; }

    public long? PieceJointeComplementaireId { get; set; }

    public long? PieceJointeComplementaireIdLiaison { get; set; }
}

/// <summary><c>WsRetourSoumettreFacture</c>.</summary>
public sealed class SoumettreResponse : CproAnswer
{
    public long IdentifiantFactureCPP { get; set; }

    public string? NumeroFacture { get; set; }

    public string? StatutFacture { get; set; }

    /// <summary>"2026-04-03".</summary>
    public string? DateDepot { get; set; }

    public string? IdentifiantStructure { get; set; }

    /// <summary>Base64 SHA-256 of the original (44 characters).</summary>
    public string? EmpreinteCertificatDepot { get; set; }
}
