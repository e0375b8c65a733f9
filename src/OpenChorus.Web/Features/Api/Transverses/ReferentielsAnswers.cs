using OpenChorus.Web.Features.Api.Wire;

namespace OpenChorus.Web.Features.Api.Transverses;

/// <summary>A request that only names the language of the libellés (FR by default; EN, any case).</summary>
public sealed class CodeLangueRequest
{
    public string? CodeLangue { get; set; }
}

/// <summary>A service that takes no input: clients send <c>{}</c>.</summary>
public sealed class SansParametreRequest;

public sealed class TypeDemandePaiementRequest
{
    public string? TypeDemandePaiement { get; set; }
}

public sealed class StatutCourantRequest
{
    public string? StatutCourant { get; set; }
}

public sealed class MotifsRefusRequest
{
    public string? CodeCadreFacturationAValider { get; set; }
}

public sealed class TypesPieceJointeRequest
{
    public string? CodeLangue { get; set; }

    public string? TypeObjet { get; set; }
}

public sealed class ListeDevisesAnswer : CproAnswer
{
    public List<Devise> ListeDevises { get; init; } = [];
}

public sealed record Devise(string CodeDevise, string LibelleDevise);

public sealed class ListePaysAnswer : CproAnswer
{
    public List<PaysItem> ListePays { get; init; } = [];
}

public sealed record PaysItem(string CodePays, string LibellePays);

public sealed class ListeTauxTvaAnswer : CproAnswer
{
    public List<TauxTvaItem> ListeTauxTva { get; init; } = [];
}

public sealed record TauxTvaItem(string CodeTauxTva, string LibelleTauxTva, decimal ValeurTauxTva);

public sealed class ListeMotifsExonerationTvaAnswer : CproAnswer
{
    public List<MotifExonerationTva> ListeMotifsExonerationTva { get; init; } = [];
}

public sealed record MotifExonerationTva(string CodeMotifExonerationTva, string LibelleMotifExonerationTva);

public sealed class ListeModesReglementAnswer : CproAnswer
{
    public List<ModeReglement> ListeModePaiement { get; init; } = [];
}

public sealed record ModeReglement(string ModePaiement);

public sealed class ListeCadresFacturationAnswer : CproAnswer
{
    public List<CadreFacturation> ListeCadreFacturation { get; init; } = [];
}

public sealed record CadreFacturation(string CodeCadreFacturation);

public sealed class ListeModesDepotAnswer : CproAnswer
{
    public List<ModeDepotItem> ListeModeDepot { get; init; } = [];
}

public sealed record ModeDepotItem(string ModeDepot);

public sealed class ListeFormatsFluxAnswer : CproAnswer
{
    public List<FormatFluxItem> ListeFormatFlux { get; init; } = [];
}

public sealed record FormatFluxItem(string FormatFlux);

public sealed class ListeTypesDemandePaiementAnswer : CproAnswer
{
    public List<TypeDemandePaiementItem> ListeTypeDemandePaiement { get; init; } = [];
}

public sealed record TypeDemandePaiementItem(string TypeDemandePaiement);

public sealed class ListeEtatsDemandePaiementAnswer : CproAnswer
{
    public List<EtatDemandePaiementItem> ListeEtatDemandePaiement { get; init; } = [];
}

public sealed record EtatDemandePaiementItem(string EtatDemandePaiement);

public sealed class ListeEtatsTraitementAnswer : CproAnswer
{
    public List<EtatTraitement> ListeStatutsPossiblesPourTraitement { get; init; } = [];
}

public sealed record EtatTraitement(string StatutPossiblePourTraitement);

public sealed class ListeMotifsRefusAnswer : CproAnswer
{
    public List<MotifRefus> ListeMotifRefusFactureAValider { get; init; } = [];
}

public sealed record MotifRefus(long IdMotif, string CodeMotif, string LibelleMotif);

public sealed class ListeTypesPieceJointeAnswer : CproAnswer
{
    public List<TypePieceJointe> ListeTypePieceJointe { get; init; } = [];
}

public sealed record TypePieceJointe(long IdTypePieceJointe, string CodeTypePieceJointe, string LibelleTypePieceJointe, string TypeObjet);

public sealed class ListeTypesFactureTravauxAnswer : CproAnswer
{
    public List<TypeFactureTravauxItem> ListeTypeFactureTravaux { get; init; } = [];
}

public sealed record TypeFactureTravauxItem(string TypeFactureTravaux);

public sealed class ListeTypesIdentifiantAnswer : CproAnswer
{
    public List<TypeIdentifiantItem> ListeTypeIdentifiant { get; init; } = [];
}

public sealed record TypeIdentifiantItem(string TypeIdentifiantStructure);
