using Microsoft.EntityFrameworkCore;
using OpenChorus.Web.Data;
using OpenChorus.Web.Features.Api.Accounts;
using OpenChorus.Web.Features.Api.Structures;
using OpenChorus.Web.Features.Api.Wire;

namespace OpenChorus.Web.Features.Api.Utilisateurs;

/// <summary><c>POST /cpro/utilisateurs/v1/monCompte/recuperer/rattachements</c>: the structures the technical account
/// is attached to (its own), with its role and the services it is attached to (<see cref="ServiceAttachments"/>).</summary>
public static class RecupererRattachements
{
    public static RouteGroupBuilder MapUtilisateursApi(this RouteGroupBuilder utilisateurs)
    {
        utilisateurs.MapCproPost<RattachementsRequest, RattachementsAnswer>("monCompte/recuperer/rattachements", HandleAsync);
        return utilisateurs;
    }

    public static async Task<IResult> HandleAsync(RattachementsRequest request, CproCaller caller, HttpContext http, CancellationToken cancellationToken)
    {
        var db = http.RequestServices.GetRequiredService<AppDbContext>();
        var memberships = await db.Memberships.AsNoTracking().Where(m => m.UserId == caller.UserId)
            .Select(m => new { MembershipId = m.Id, m.Role, m.Structure!.Id, m.Structure.Identifier, m.Structure.IdentifierType, m.Structure.CompanyName, m.Structure.IsActive })
            .OrderBy(m => m.CompanyName).ThenBy(m => m.MembershipId)
            .ToListAsync(cancellationToken);
        var userActive = await db.Users.Where(u => u.Id == caller.UserId).Select(u => u.DeactivatedAtUtc == null).SingleAsync(cancellationToken);
        var paging = CproPaging.Of(request.ParametresRecherche);
        var page = new List<RattachementStructure>();
        foreach (var m in memberships.Skip(paging.Skip).Take(paging.Size))
        {
            var services = await ServiceAttachments.OfAsync(db, caller.UserId, m.Id, cancellationToken);
            page.Add(new RattachementStructure
            {
                IdRattachementStructure = m.MembershipId,
                IdStructure = m.Id,
                IdentifiantStructure = m.Identifier,
                TypeIdentifiantStructure = m.IdentifierType.Code(),
                DesignationStructure = m.CompanyName,
                RoleUtilisateur = m.Role.Code(),
                StatutRattachementStructure = m.IsActive ? "VALIDEE" : "DESACTIVEE",
                StatutUtilisateur = StructureCodes.ActiveOrNot(userActive),
                ListeServicesRattache = services.Select(a => new RattachementService(
                    a.AttachmentId, a.Service.Id, a.Service.Code, a.Service.Name, a.Service.IsActive, StructureCodes.ActiveOrNot(a.Service.IsActive),
                    "VALIDEE", ServiceDates.Minutes(a.Service.ValidFrom), ServiceDates.Minutes(a.Service.ValidTo))).ToList(),
            });
        }

        var answer = new RattachementsAnswer { ListeStructureRattachement = page, ParametresRetour = paging.Result(memberships.Count) };
        return memberships.Count == 0 ? CproResults.NoResult(answer) : CproResults.Ok(answer);
    }
}

public sealed class RattachementsRequest
{
    public CproPaging? ParametresRecherche { get; set; }
}

public sealed class RattachementsAnswer : CproAnswer
{
    public List<RattachementStructure> ListeStructureRattachement { get; init; } = [];

    public CproPageInfo? ParametresRetour { get; init; }
}

/// <summary>roleUtilisateur GESTIONNAIRE_PRINCIPAL, GESTIONNAIRE_SECONDAIRE or UTILISATEUR; statutRattachementStructure
/// VALIDEE (DESACTIVEE when the structure is); statutUtilisateur ACTIF or INACTIF.</summary>
public sealed class RattachementStructure
{
    public long IdRattachementStructure { get; init; }

    public long IdStructure { get; init; }

    public required string IdentifiantStructure { get; init; }

    public required string TypeIdentifiantStructure { get; init; }

    public required string DesignationStructure { get; init; }

    public required string RoleUtilisateur { get; init; }

    public required string StatutRattachementStructure { get; init; }

    public required string StatutUtilisateur { get; init; }

    public List<RattachementService> ListeServicesRattache { get; init; } = [];
}

/// <summary>A service attachment; dates "2016-10-25 00:00".</summary>
public sealed record RattachementService(
    long? IdRattachementService, long IdService, string CodeService, string LibelleService, bool EstActif, string StatutService,
    string StatutRattachementService, string? DateDbtService, string? DateFinService);
