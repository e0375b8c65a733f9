using OpenChorus.Web.Features.Api.Wire;

namespace OpenChorus.Web.Features.Api.Transverses;

/// <summary>The referentials and directory operations of the Transverses API on <c>/cpro/transverses/v1</c>
/// (README §4.3); the health-check, attachments and flux reports are mapped by their own features.</summary>
public static class TransversesApi
{
    public static RouteGroupBuilder MapTransversesApi(this RouteGroupBuilder transverses)
    {
        transverses.MapReferentiels();
        transverses.MapStructuresDuCompte();
        transverses.MapCategoriesSollicitation();
        transverses.MapPiecesJointes();
        transverses.MapCproPost<RechercherDestinatairesRequest, RechercherDestinatairesAnswer>("rechercher/destinataire", RechercherDestinataires.HandleAsync);
        transverses.MapCproPost<SansParametreRequest, TelechargerAnnuaireAnswer>("telecharger/annuaire/destinataire", TelechargerAnnuaire.HandleAsync);
        transverses.MapCproPost<InformationSiretRequest, InformationSiretAnswer>("consulter/information/siret", ConsulterInformationSiret.HandleAsync);
        transverses.MapCproPost<TelechargerPieceJointeRequest, TelechargerPieceJointeAnswer>("telecharger/pieceJointe", TelechargerPieceJointe.HandleAsync);
        return transverses;
    }
}
