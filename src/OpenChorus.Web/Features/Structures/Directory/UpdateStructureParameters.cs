using Microsoft.EntityFrameworkCore;
using OpenChorus.Web.Data;
using OpenChorus.Web.Features.Structures.Access;
using OpenChorus.Web.Features.Structures.History;

namespace OpenChorus.Web.Features.Structures.Directory;

/// <summary>A platform administrator changes the parameters of a public structure (DOMAIN.md §2.4).</summary>
public sealed class UpdateStructureParameters(AppDbContext db, AccessService access, ManagerLog log)
{
    public async Task<Outcome> HandleAsync(Guid adminId, int structureId, StructureParameters parameters, CancellationToken cancellationToken)
    {
        var structure = await db.Structures.SingleOrDefaultAsync(s => s.Id == structureId && s.IsPublic, cancellationToken);
        if (structure is null || !await access.IsPlatformAdministratorAsync(adminId, cancellationToken))
        {
            return Outcome.Denied();
        }

        structure.Parameters.ServiceCodeRequired = parameters.ServiceCodeRequired;
        structure.Parameters.EngagementRequired = parameters.EngagementRequired;
        structure.Parameters.ServiceOrEngagementRequired = parameters.ServiceOrEngagementRequired;
        structure.Parameters.PaymentStatusNotReported = parameters.PaymentStatusNotReported;
        log.Add(structureId, adminId, "Paramètres modifiés", details: Describe(parameters));
        await db.SaveChangesAsync(cancellationToken);
        return Outcome.Ok();
    }

    public static string Describe(StructureParameters p) =>
        $"Code service obligatoire : {YesNo(p.ServiceCodeRequired)} ; numéro d'engagement obligatoire : {YesNo(p.EngagementRequired)} ; "
        + $"code service ou engagement : {YesNo(p.ServiceOrEngagementRequired)} ; statut mise en paiement non remonté : {YesNo(p.PaymentStatusNotReported)}";

    private static string YesNo(bool value) => value ? "oui" : "non";
}
