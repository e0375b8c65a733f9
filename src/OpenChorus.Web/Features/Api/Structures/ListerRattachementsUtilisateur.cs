using Microsoft.EntityFrameworkCore;
using OpenChorus.Web.Data;
using OpenChorus.Web.Features.Api.Accounts;
using OpenChorus.Web.Features.Api.Wire;
using OpenChorus.Web.Features.Structures;
using OpenChorus.Web.Features.Structures.Access;

namespace OpenChorus.Web.Features.Api.Structures;

/// <summary>
/// <c>POST /cpro/structures/v1/lister/rattachementsutilisateur</c> (listerRattachementsStructureUtilisateur): the
/// services a user of a structure is attached to. A user limited to some services (<see cref="ServiceRestriction"/>)
/// is attached to those; any other member to every service of the structure. The caller reads its own attachments,
/// or, when it is a gestionnaire of the structure, those of a member named by <c>adresseEmailConnexionUtilisateur</c>
/// (users have no numeric id here, so <c>idUtilisateur</c> is not read).
/// </summary>
public static class ListerRattachementsUtilisateur
{
    public static async Task<IResult> HandleAsync(ListerRattachementsRequest request, CproCaller caller, HttpContext http, CancellationToken cancellationToken)
    {
        var db = http.RequestServices.GetRequiredService<AppDbContext>();
        var access = http.RequestServices.GetRequiredService<AccessService>();
        var id = request.IdStructure is > 0 ? request.IdStructure : await IdOfAsync(db, request, cancellationToken) ?? caller.StructureId;
        var (structure, refusal) = await StructureLookup.FindAsync(db, access, caller, id, cancellationToken);
        if (structure is null)
        {
            return refusal!;
        }

        var userId = caller.UserId;
        if (!string.IsNullOrWhiteSpace(request.AdresseEmailConnexionUtilisateur))
        {
            var email = request.AdresseEmailConnexionUtilisateur.Trim().ToUpperInvariant();
            userId = await db.Users.Where(u => u.NormalizedEmail == email).Select(u => u.Id).SingleOrDefaultAsync(cancellationToken);
        }

        if (userId != caller.UserId && !await access.IsManagerAsync(caller.UserId, structure.Id, cancellationToken))
        {
            return CproResults.Forbidden(StructureCodes.Forbidden("Seul un gestionnaire de la structure consulte les rattachements d'un autre utilisateur."));
        }

        if (!await access.IsMemberAsync(userId, structure.Id, cancellationToken))
        {
            return CproResults.NotFound(StructureCodes.Unknown($"L'utilisateur n'est pas rattaché à la structure {structure.Id}."));
        }

        var services = (await ServiceAttachments.OfAsync(db, userId, structure.Id, cancellationToken))
            .Select(a => new ServiceRattache(a.AttachmentId, a.Service.Id, a.Service.Code, a.Service.Name, "VALIDEE",
                ServiceDates.OffsetSeconds(a.Service.ValidFrom), ServiceDates.OffsetSeconds(a.Service.ValidTo)))
            .ToList();
        var paging = CproPaging.Of(request.ParametresListerRattachementsStructureUtilisateur);
        Func<ServiceRattache, string> key = paging.TriColonne?.Trim().ToUpperInvariant() switch
        {
            "NOMSERVICE" => s => s.NomService,
            "STATUTRATTACHEMENT" => s => s.StatutRattachement,
            _ => s => s.CodeService,
        };
        var sorted = (paging.Descending ? services.OrderByDescending(key, StringComparer.Ordinal) : services.OrderBy(key, StringComparer.Ordinal)).ToList();
        var answer = new ListerRattachementsAnswer
        {
            IdStructure = structure.Id,
            IdentifiantStructure = structure.Identifier,
            DesignationStructure = structure.CompanyName,
            ListeServices = sorted.Skip(paging.Skip).Take(paging.Size).ToList(),
            ParametresRetour = paging.Result(sorted.Count),
        };
        // Not a search: the form of a member's attachments, answered even when the structure has no service.
        return CproResults.Ok(answer);
    }

    private static async Task<long?> IdOfAsync(AppDbContext db, ListerRattachementsRequest request, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.IdentifiantStructure))
        {
            return null;
        }

        var identifier = request.IdentifiantStructure.Replace(" ", "", StringComparison.Ordinal);
        var type = StructureCodes.IdentifierTypeFromCode(request.TypeIdentifiantStructure) ?? IdentifierType.Siret;
        var id = await db.Structures.Where(s => s.Identifier == identifier && s.IdentifierType == type).Select(s => s.Id).SingleOrDefaultAsync(cancellationToken);
        return id == 0 ? -1 : id;
    }
}

public sealed class ListerRattachementsRequest
{
    public string? AdresseEmailConnexionUtilisateur { get; set; }

    public long? IdStructure { get; set; }

    public long? IdUtilisateur { get; set; }

    public string? IdentifiantStructure { get; set; }

    public string? TypeIdentifiantStructure { get; set; }

    public CproPaging? ParametresListerRattachementsStructureUtilisateur { get; set; }
}

public sealed class ListerRattachementsAnswer : CproAnswer
{
    public long IdStructure { get; init; }

    public string? IdentifiantStructure { get; init; }

    public string? DesignationStructure { get; init; }

    public bool PremierService { get; init; }

    public List<ServiceRattache> ListeServices { get; init; } = [];

    public CproPageInfo? ParametresRetour { get; init; }
}

/// <summary>A service attachment: statutRattachement VALIDEE (attachments are decided on the structure, never pending
/// per service here); dates are the service's validity.</summary>
public sealed record ServiceRattache(
    long? IdRattachement, long IdService, string CodeService, string NomService, string StatutRattachement,
    string? DateDebut, string? DateFin)
{
    public string? Commentaire { get; init; }
}
