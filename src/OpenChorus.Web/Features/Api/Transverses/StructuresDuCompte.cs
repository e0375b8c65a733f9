using OpenChorus.Web.Data;
using OpenChorus.Web.Features.Api.Accounts;
using OpenChorus.Web.Features.Api.Structures;
using OpenChorus.Web.Features.Api.Wire;
using OpenChorus.Web.Features.Structures;
using OpenChorus.Web.Features.Structures.Access;

namespace OpenChorus.Web.Features.Api.Transverses;

/// <summary>What the technical account may act for: the structures where it has the space (recuperer/structures/actives/…),
/// and the bank details of its structure (recuperer/coordbanc/valides).</summary>
public static class StructuresDuCompte
{
    public static RouteGroupBuilder MapStructuresDuCompte(this RouteGroupBuilder transverses)
    {
        transverses.MapCproPost<SansParametreRequest, ListeStructuresActivesAnswer>("recuperer/structures/actives/fournisseur",
            (_, caller, http, ct) => ActivesAsync(caller, http, Space.FacturesEmises, ct));
        transverses.MapCproPost<SansParametreRequest, ListeStructuresActivesAnswer>("recuperer/structures/actives/destinataire",
            (_, caller, http, ct) => ActivesAsync(caller, http, Space.FacturesRecues, ct));
        transverses.MapCproPost<SansParametreRequest, ListeStructuresActivesAnswer>("recuperer/structures/actives/facturetravaux",
            (_, caller, http, ct) => ActivesAsync(caller, http, Space.FacturesTravaux, ct));
        transverses.MapCproPost<CoordonneesBancairesRequest, ListeCoordonneesBancairesAnswer>("recuperer/coordbanc/valides", CoordonneesBancairesAsync);
        return transverses;
    }

    private static async Task<IResult> ActivesAsync(CproCaller caller, HttpContext http, Space space, CancellationToken cancellationToken)
    {
        var access = http.RequestServices.GetRequiredService<AccessService>();
        var structures = await access.AccessesToAsync(caller.UserId, space, cancellationToken);
        var answer = new ListeStructuresActivesAnswer
        {
            ListeStructures = structures.Select(s => new StructureActive(s.StructureId, s.Identifier, s.CompanyName)).ToList(),
        };
        return answer.ListeStructures.Count == 0 ? CproResults.NoResult(answer) : CproResults.Ok(answer);
    }

    /// <summary>The structure's IBAN, when set, is its one valid coordonnée bancaire; its id is the structure's, what
    /// <c>codeCoordonneesBancairesFournisseur</c> names. Only the structure's own members read it.</summary>
    private static async Task<IResult> CoordonneesBancairesAsync(CoordonneesBancairesRequest request, CproCaller caller, HttpContext http, CancellationToken cancellationToken)
    {
        var db = http.RequestServices.GetRequiredService<AppDbContext>();
        var access = http.RequestServices.GetRequiredService<AccessService>();
        var (structure, refusal) = await StructureLookup.FindAsync(db, access, caller, request.IdStructure is > 0 ? request.IdStructure : caller.StructureId, cancellationToken);
        if (structure is null)
        {
            return refusal!;
        }

        if (!await access.IsMemberAsync(caller.UserId, structure.Id, cancellationToken))
        {
            return CproResults.Forbidden(StructureCodes.Forbidden($"Les coordonnées bancaires de la structure {structure.Id} ne sont lisibles que par ses membres."));
        }

        var answer = new ListeCoordonneesBancairesAnswer
        {
            ListeCoordonneeBancaire = string.IsNullOrWhiteSpace(structure.Iban) ? [] : [new CoordonneeBancaire(structure.Id, $"IBAN {structure.Iban}")],
        };
        return answer.ListeCoordonneeBancaire.Count == 0 ? CproResults.NoResult(answer) : CproResults.Ok(answer);
    }
}

public sealed class ListeStructuresActivesAnswer : CproAnswer
{
    public List<StructureActive> ListeStructures { get; init; } = [];
}

public sealed record StructureActive(long IdStructureCPP, string Identifiant, string DesignationStructure);

public sealed class CoordonneesBancairesRequest
{
    public long? IdStructure { get; set; }
}

public sealed class ListeCoordonneesBancairesAnswer : CproAnswer
{
    public List<CoordonneeBancaire> ListeCoordonneeBancaire { get; init; } = [];
}

public sealed record CoordonneeBancaire(long IdCoordonneeBancaire, string NomCoordonneeBancaire);
