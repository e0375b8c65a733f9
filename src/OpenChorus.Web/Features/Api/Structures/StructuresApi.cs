using OpenChorus.Web.Features.Api.Wire;

namespace OpenChorus.Web.Features.Api.Structures;

/// <summary>The six operations of the Structures API (official Swagger "Structures" v1.0.0), on
/// <c>/cpro/structures/v1</c>.</summary>
public static class StructuresApi
{
    public static RouteGroupBuilder MapStructuresApi(this RouteGroupBuilder structures)
    {
        structures.MapCproPost<RechercherStructuresRequest, RechercherStructuresAnswer>("rechercher", RechercherStructures.HandleAsync);
        structures.MapCproPost<ConsulterStructureRequest, ConsulterStructureAnswer>("consulter", ConsulterStructure.HandleAsync);
        structures.MapCproPost<RechercherServicesRequest, RechercherServicesAnswer>("rechercher/services", RechercherServices.HandleAsync);
        structures.MapCproPost<ConsulterServiceRequest, ConsulterServiceAnswer>("consulter/service", ConsulterService.HandleAsync);
        structures.MapCproPost<RechercherEspacesRequest, RechercherEspacesAnswer>("rechercher/espaces", RechercherEspaces.HandleAsync);
        structures.MapCproPost<ListerRattachementsRequest, ListerRattachementsAnswer>("lister/rattachementsutilisateur", ListerRattachementsUtilisateur.HandleAsync);
        return structures;
    }
}
