using OpenChorus.Web.Features.Api.Wire;

namespace OpenChorus.Web.Features.Flux;

/// <summary>deposerFluxFacture's request (idUtilisateurCourant is read and ignored: the technical account acts).</summary>
public sealed class DeposerFluxRequest
{
    public string? FichierFlux { get; set; }

    public string? NomFichier { get; set; }

    public string? SyntaxeFlux { get; set; }

    public bool? AvecSignature { get; set; }

    public long? IdUtilisateurCourant { get; set; }
}

public sealed class DeposerFluxResponse : CproAnswer
{
    public string? NumeroFluxDepot { get; set; }

    /// <summary>"2026-04-03".</summary>
    public string? DateDepot { get; set; }

    public string? SyntaxeFlux { get; set; }
}

/// <summary>consulterCR and consulterCRDetaille's request; the flux number is what finds it.</summary>
public sealed class ConsulterCrRequest
{
    public string? NumeroFluxDepot { get; set; }

    public string? SyntaxeFlux { get; set; }

    public DateTime? DateDepot { get; set; }
}

public sealed class ConsulterCrResponse : CproAnswer
{
    public string? NumeroFluxDepot { get; set; }

    public string? CodeAppliPartenaire { get; set; }

    public string? CodeInterfaceFlux { get; set; }

    public string? DesignationPartenaire { get; set; }

    public string? DateDepotFlux { get; set; }

    public string? DateHeureEtatCourantFlux { get; set; }

    public string? EtatCourantFlux { get; set; }

    public string? NomFichierFlux { get; set; }

    /// <summary>The compte rendu as a base64 PDF, once the flux reached its final state; null before.</summary>
    public string? FichierCR { get; set; }
}

public sealed class ConsulterCrDetailleResponse : CproAnswer
{
    public string? CodeInterfaceDepotFlux { get; set; }

    public string? DateDepotFlux { get; set; }

    public string? DateHeureEtatCourantFlux { get; set; }

    public string? EtatCourantDepotFlux { get; set; }

    public string? NomFichier { get; set; }

    public List<ErreurDemandePaiement> ListeErreurDP { get; set; } = [];

    public List<ErreurTechnique> ListeErreurTechnique { get; set; } = [];
}

public sealed record ErreurDemandePaiement(string? IdentifiantFournisseur, string? IdentifiantDestinataire, string NumeroDP, string LibelleErreurDP);

public sealed record ErreurTechnique(string CodeErreur, string LibelleErreur, string NatureErreur);
