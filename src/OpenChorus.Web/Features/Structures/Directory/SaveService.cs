using Microsoft.EntityFrameworkCore;
using OpenChorus.Web.Data;
using OpenChorus.Web.Features.Structures.Access;
using OpenChorus.Web.Features.Structures.History;

namespace OpenChorus.Web.Features.Structures.Directory;

/// <summary>A platform administrator adds a service to a public structure, or changes the one with the same code.</summary>
public sealed class SaveService(AppDbContext db, AccessService access, ManagerLog log)
{
    public async Task<Outcome> HandleAsync(Guid adminId, int structureId, ServiceDraft draft, CancellationToken cancellationToken)
    {
        var structure = await db.Structures.Include(s => s.Services).SingleOrDefaultAsync(s => s.Id == structureId && s.IsPublic, cancellationToken);
        if (structure is null || !await access.IsPlatformAdministratorAsync(adminId, cancellationToken))
        {
            return Outcome.Denied();
        }

        var errors = draft.Check();
        if (errors.Count > 0)
        {
            return Outcome.Fail(errors);
        }

        var code = draft.Code.Trim();
        var service = structure.Services.SingleOrDefault(s => s.Code == code);
        if (service is null)
        {
            service = new Service { Code = code, Name = draft.Name.Trim() };
            structure.Services.Add(service);
        }

        draft.ApplyTo(service);
        log.Add(structureId, adminId, "Service enregistré", details: $"{service.Code} — {service.Name}{(service.IsActive ? "" : " (inactif)")}");
        return await db.TrySaveChangesAsync(cancellationToken)
            ? Outcome.Ok()
            : Outcome.Fail($"Le service {code} vient d'être créé par ailleurs : rien n'a été enregistré, vérifiez-le et recommencez.", nameof(ServiceDraft.Code));
    }
}
