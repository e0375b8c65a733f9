using Microsoft.EntityFrameworkCore;
using OpenChorus.Web.Data;
using OpenChorus.Web.Features.Api.Accounts;
using OpenChorus.Web.Features.Api.Wire;
using OpenChorus.Web.Features.Structures;
using OpenChorus.Web.Features.Structures.Access;

namespace OpenChorus.Web.Features.Api.Structures;

/// <summary><c>POST /cpro/structures/v1/rechercher/espaces</c> (rechercherEspaces): the spaces open on a structure the
/// caller is attached to, each with the caller's habilitation when it is subscribed (CONSULTATION_UNIQUEMENT or
/// MODIFICATION). Spaces are opened on the whole structure; a service named only echoes in the answer.</summary>
public static class RechercherEspaces
{
    public static async Task<IResult> HandleAsync(RechercherEspacesRequest request, CproCaller caller, HttpContext http, CancellationToken cancellationToken)
    {
        var db = http.RequestServices.GetRequiredService<AppDbContext>();
        var access = http.RequestServices.GetRequiredService<AccessService>();
        var id = request.Structure?.IdStructure is > 0 ? request.Structure.IdStructure : await IdOfAsync(db, request.Structure, cancellationToken) ?? caller.StructureId;
        var (structure, refusal) = await StructureLookup.FindAsync(db, access, caller, id, cancellationToken);
        if (structure is null)
        {
            return refusal!;
        }

        if (!await access.IsMemberAsync(caller.UserId, structure.Id, cancellationToken))
        {
            return CproResults.Forbidden(StructureCodes.Forbidden($"Le compte technique n'est pas rattaché à la structure {structure.Id}."));
        }

        Service? service = null;
        if (request.IdService is { } serviceId and not 0)
        {
            service = await db.Services.AsNoTracking().SingleOrDefaultAsync(s => s.Id == serviceId && s.StructureId == structure.Id, cancellationToken);
            if (service is null)
            {
                return CproResults.NotFound(StructureCodes.Unknown($"La structure {structure.Id} n'a pas de service {serviceId}."));
            }
        }

        var open = await db.StructureSpaces.AsNoTracking().Where(o => o.StructureId == structure.Id).ToListAsync(cancellationToken);
        var modes = await db.Subscriptions.AsNoTracking().Where(s => s.StructureId == structure.Id && s.UserId == caller.UserId)
            .ToDictionaryAsync(s => s.Space, s => s.Mode, cancellationToken);
        var espaces = open.Select(o => new EspaceFo(
                o.Id, o.Space.Number(), o.Space.Libelle(), "ACTIVE", modes.TryGetValue(o.Space, out var mode) ? mode.Code() : null,
                service?.Id, service?.Code, service?.Name))
            .ToList();
        var paging = CproPaging.Of(request.ParametresRechercherEspaces);
        var sorted = Sort(espaces, paging).ToList();
        var answer = new RechercherEspacesAnswer
        {
            ListeEspace = sorted.Skip(paging.Skip).Take(paging.Size).ToList(),
            ParametresRetour = paging.Result(sorted.Count),
        };
        return sorted.Count == 0 ? CproResults.NoResult(answer) : CproResults.Ok(answer);
    }

    private static async Task<long?> IdOfAsync(AppDbContext db, ParametresStructureEspaces? structure, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(structure?.IdentifiantStructure))
        {
            return null;
        }

        var identifier = structure.IdentifiantStructure.Replace(" ", "", StringComparison.Ordinal);
        var type = StructureCodes.IdentifierTypeFromCode(structure.TypeIdentifiantStructure) ?? IdentifierType.Siret;
        var id = await db.Structures.Where(s => s.Identifier == identifier && s.IdentifierType == type).Select(s => s.Id).SingleOrDefaultAsync(cancellationToken);
        return id == 0 ? -1 : id;
    }

    private static IEnumerable<EspaceFo> Sort(IEnumerable<EspaceFo> espaces, CproPaging paging)
    {
        Func<EspaceFo, object?> key = paging.TriColonne?.Trim().ToUpperInvariant() switch
        {
            "LIBELLEESPACE" => e => e.LibelleEspace,
            "IDESPACEFO" => e => e.IdEspaceFo,
            "TYPEHABILITATION" => e => e.TypeHabilitation,
            _ => e => e.CodeEspace,
        };
        return paging.Descending ? espaces.OrderByDescending(key) : espaces.OrderBy(key);
    }
}

public sealed class RechercherEspacesRequest
{
    public long? IdService { get; set; }

    public CproPaging? ParametresRechercherEspaces { get; set; }

    public ParametresStructureEspaces? Structure { get; set; }
}

public sealed class ParametresStructureEspaces
{
    public long? IdStructure { get; set; }

    public string? IdentifiantStructure { get; set; }

    public string? TypeIdentifiantStructure { get; set; }
}

public sealed class RechercherEspacesAnswer : CproAnswer
{
    public List<EspaceFo> ListeEspace { get; init; } = [];

    public CproPageInfo? ParametresRetour { get; init; }
}

/// <summary>One space: etatCourant ACTIVE; typeHabilitation CONSULTATION_UNIQUEMENT or MODIFICATION, absent when the
/// caller is not subscribed.</summary>
public sealed record EspaceFo(
    long IdEspaceFo, int CodeEspace, string LibelleEspace, string EtatCourant, string? TypeHabilitation,
    long? IdService, string? CodeService, string? LibelleService);
