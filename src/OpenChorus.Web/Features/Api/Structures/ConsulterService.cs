using Microsoft.EntityFrameworkCore;
using OpenChorus.Web.Data;
using OpenChorus.Web.Features.Api.Accounts;
using OpenChorus.Web.Features.Api.Wire;
using OpenChorus.Web.Features.Structures.Access;

namespace OpenChorus.Web.Features.Api.Structures;

/// <summary><c>POST /cpro/structures/v1/consulter/service</c> (consulterServiceStructure): one service of a public
/// structure or of the caller's own, with whether invoices to it need a numéro d'engagement.</summary>
/// <remarks>Services carry no creation date of their own: <c>dateCreation</c> is the structure's, which no service
/// predates. The dates are written "2016-12-28 08:31", as go-choruspro decodes them (README §2: keep each field in the
/// format that client reads), although AIFE's published fixture shows "2016-12-28T08:31:19+01:00".</remarks>
public static class ConsulterService
{
    public static async Task<IResult> HandleAsync(ConsulterServiceRequest request, CproCaller caller, HttpContext http, CancellationToken cancellationToken)
    {
        var db = http.RequestServices.GetRequiredService<AppDbContext>();
        var access = http.RequestServices.GetRequiredService<AccessService>();
        var (structure, refusal) = await StructureLookup.FindAsync(db, access, caller, request.IdStructure, cancellationToken);
        if (structure is null)
        {
            return refusal!;
        }

        var service = request.IdService is > 0 and <= int.MaxValue
            ? await db.Services.AsNoTracking().SingleOrDefaultAsync(s => s.Id == (int)request.IdService && s.StructureId == structure.Id, cancellationToken)
            : null;
        if (service is null)
        {
            return CproResults.NotFound(StructureCodes.Unknown($"La structure {structure.Id} n'a pas de service {request.IdService}."));
        }

        return CproResults.Ok(new ConsulterServiceAnswer
        {
            InformationsGenerales = new InformationsGeneralesService(service.Code, service.Name, service.Name),
            AdressePostale = AdressePostale.Of(structure),
            Parametres = new ParametresService
            {
                DateCreation = CproDates.Minutes(structure.CreatedAtUtc),
                DateDebutValidite = ServiceDates.Minutes(service.ValidFrom),
                DateFinValidite = ServiceDates.Minutes(service.ValidTo),
                MiseEnPaiement = service.ReportsPayment,
                NumeroEngagement = service.EngagementRequired,
            },
        });
    }
}

public sealed class ConsulterServiceRequest
{
    public string? CodeLangue { get; set; }

    public long? IdService { get; set; }

    public long? IdStructure { get; set; }
}

public sealed class ConsulterServiceAnswer : CproAnswer
{
    public InformationsGeneralesService? InformationsGenerales { get; init; }

    public AdressePostale? AdressePostale { get; init; }

    public ParametresService? Parametres { get; init; }
}

public sealed record InformationsGeneralesService(string CodeService, string NomService, string DescriptionService);

/// <summary>Dates as "2016-12-28 08:31"; <c>numeroEngagement</c>: invoices to this service need an EJ.</summary>
public sealed class ParametresService
{
    public string? DateCreation { get; init; }

    public string? DateDebutValidite { get; init; }

    public string? DateFinValidite { get; init; }

    public string? DateModification { get; init; }

    public bool MiseEnPaiement { get; init; }

    public bool NumeroEngagement { get; init; }
}
