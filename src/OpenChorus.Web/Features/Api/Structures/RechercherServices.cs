using Microsoft.EntityFrameworkCore;
using OpenChorus.Web.Data;
using OpenChorus.Web.Features.Api.Accounts;
using OpenChorus.Web.Features.Api.Wire;
using OpenChorus.Web.Features.Structures;
using OpenChorus.Web.Features.Structures.Access;

namespace OpenChorus.Web.Features.Api.Structures;

/// <summary><c>POST /cpro/structures/v1/rechercher/services</c> (rechercherServicesStructure): the services of a public
/// structure or of the caller's own, active or not, paged.</summary>
public static class RechercherServices
{
    public static async Task<IResult> HandleAsync(RechercherServicesRequest request, CproCaller caller, HttpContext http, CancellationToken cancellationToken)
    {
        var db = http.RequestServices.GetRequiredService<AppDbContext>();
        var access = http.RequestServices.GetRequiredService<AccessService>();
        var (structure, refusal) = await StructureLookup.FindAsync(db, access, caller, request.IdStructure, cancellationToken);
        if (structure is null)
        {
            return refusal!;
        }

        var paging = CproPaging.Of(request.ParametresRechercherServicesStructure);
        var query = db.Services.AsNoTracking().Where(s => s.StructureId == structure.Id);
        var total = await query.CountAsync(cancellationToken);
        var page = await Sort(query, paging).Skip(paging.Skip).Take(paging.Size).ToListAsync(cancellationToken);
        var answer = new RechercherServicesAnswer
        {
            ListeServices = page.Select(ServiceExpose.Of).ToList(),
            ParametresRetour = paging.Result(total),
        };
        return total == 0 ? CproResults.NoResult(answer) : CproResults.Ok(answer);
    }

    private static IQueryable<Service> Sort(IQueryable<Service> query, CproPaging paging)
    {
        var descending = paging.Descending;
        var ordered = paging.TriColonne?.Trim().ToUpperInvariant() switch
        {
            "LIBELLESERVICE" => descending ? query.OrderByDescending(s => s.Name) : query.OrderBy(s => s.Name),
            "DATEDBTSERVICE" => descending ? query.OrderByDescending(s => s.ValidFrom) : query.OrderBy(s => s.ValidFrom),
            "DATEFINSERVICE" => descending ? query.OrderByDescending(s => s.ValidTo) : query.OrderBy(s => s.ValidTo),
            "ESTACTIF" => descending ? query.OrderByDescending(s => s.IsActive) : query.OrderBy(s => s.IsActive),
            _ => descending ? query.OrderByDescending(s => s.Code) : query.OrderBy(s => s.Code),
        };
        return ordered.ThenBy(s => s.Id);
    }
}

public sealed class RechercherServicesRequest
{
    public long? IdStructure { get; set; }

    public long? IdUtilisateurCourant { get; set; }

    public CproPaging? ParametresRechercherServicesStructure { get; set; }
}

public sealed class RechercherServicesAnswer : CproAnswer
{
    public List<ServiceExpose> ListeServices { get; init; } = [];

    public CproPageInfo? ParametresRetour { get; init; }
}

/// <summary>One service; its validity dates as "2016-10-25 00:00".</summary>
public sealed record ServiceExpose(
    long IdService, string CodeService, string LibelleService, bool EstActif, string StatutService, string? DateDbtService, string? DateFinService)
{
    public static ServiceExpose Of(Service service) => new(
        service.Id, service.Code, service.Name, service.IsActive, StructureCodes.ActiveOrNot(service.IsActive),
        ServiceDates.Minutes(service.ValidFrom), ServiceDates.Minutes(service.ValidTo));
}
