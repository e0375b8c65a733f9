using OpenChorus.Web.Features.Api.Structures;
using OpenChorus.Web.Features.Api.Transverses;
using OpenChorus.Web.Features.Api.Utilisateurs;
using OpenChorus.Web.Features.Api.Wire;

namespace OpenChorus.Web.Features.Api;

/// <summary>The Chorus Pro API routes, <c>/cpro/{api}/v1/…</c>, each group behind the token and technical-account gate.
/// Each capability maps its operations on the group it belongs to, with one line here.</summary>
public static class CproRoutes
{
    public static WebApplication MapCproApi(this WebApplication app)
    {
        var factures = Group(app, "factures", "Factures");
        var structures = Group(app, "structures", "Structures");
        var transverses = Group(app, "transverses", "Transverses");
        var utilisateurs = Group(app, "utilisateurs", "Utilisateurs");
        transverses.MapHealthCheck();
        structures.MapStructuresApi();
        transverses.MapTransversesApi();
        utilisateurs.MapUtilisateursApi();
        _ = factures;

        // A route of the API that does not exist answers in the API's words, not with the portal's page.
        app.MapFallback("/cpro/{**path}", (string path) => CproResults.Error(StatusCodes.Status404NotFound, StatusCodes.Status404NotFound,
            $"Le service /cpro/{path} n'existe pas : voir /openapi/v1.json pour la liste des services."));
        return app;
    }

    private static RouteGroupBuilder Group(WebApplication app, string api, string tag) =>
        app.MapGroup($"/cpro/{api}/v1")
            .AddEndpointFilter(CproAccess.FilterAsync)
            .DisableAntiforgery()
            .WithTags(tag);
}
