using Microsoft.EntityFrameworkCore;
using OpenChorus.Web.Data;
using OpenChorus.Web.Features.Structures.Access;
using OpenChorus.Web.Features.Structures.History;

namespace OpenChorus.Web.Features.Structures.Members;

/// <summary>
/// A manager of a public structure limits a member to some of its services: in "Factures reçues" the member then sees
/// and processes only the invoices addressed to those services. No service: the whole structure.
/// </summary>
public sealed class LimitToServices(AppDbContext db, AccessService access, ManagerLog log)
{
    public const string ChangedMeanwhile = "Ces services viennent d'être modifiés par ailleurs : rien n'a été enregistré, vérifiez-les et recommencez.";

    public async Task<Outcome> HandleAsync(Guid managerId, int structureId, Guid userId, IReadOnlyCollection<int> serviceIds, CancellationToken cancellationToken)
    {
        if (!await access.IsManagerAsync(managerId, structureId, cancellationToken) || !await access.IsMemberAsync(userId, structureId, cancellationToken))
        {
            return Outcome.Denied();
        }

        if (!await db.Structures.AnyAsync(s => s.Id == structureId && s.IsPublic, cancellationToken))
        {
            return Outcome.Fail("Seule une structure publique reçoit des factures par service.");
        }

        var wanted = serviceIds.Distinct().ToList();
        var services = await db.Services.Where(s => s.StructureId == structureId && wanted.Contains(s.Id))
            .Select(s => new { s.Id, s.Code }).ToListAsync(cancellationToken);
        if (services.Count != wanted.Count)
        {
            return Outcome.Fail("Ce service n'existe pas dans la structure.", "services");
        }

        var current = await db.ServiceRestrictions.Where(r => r.StructureId == structureId && r.UserId == userId).ToListAsync(cancellationToken);
        if (current.Select(r => r.ServiceId).ToHashSet().SetEquals(wanted))
        {
            return Outcome.Ok();
        }

        db.ServiceRestrictions.RemoveRange(current.Where(r => !wanted.Contains(r.ServiceId)));
        db.ServiceRestrictions.AddRange(wanted.Where(id => current.All(r => r.ServiceId != id))
            .Select(id => new ServiceRestriction { StructureId = structureId, UserId = userId, ServiceId = id }));
        var details = services.Count == 0
            ? "Toute la structure"
            : "Services : " + string.Join(", ", services.Select(s => s.Code).Order(StringComparer.Ordinal));
        log.Add(structureId, managerId, "Services de l'utilisateur modifiés", userId, details);
        return await db.TrySaveChangesAsync(cancellationToken) ? Outcome.Ok() : Outcome.Fail(ChangedMeanwhile);
    }
}
