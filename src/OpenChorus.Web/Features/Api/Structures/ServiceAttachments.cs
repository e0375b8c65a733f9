using Microsoft.EntityFrameworkCore;
using OpenChorus.Web.Data;
using OpenChorus.Web.Features.Structures;

namespace OpenChorus.Web.Features.Api.Structures;

/// <summary>The services a member of a structure is attached to: those it is limited to (<see cref="ServiceRestriction"/>,
/// whose id is the attachment's), or every service of the structure when it is not limited.</summary>
public static class ServiceAttachments
{
    public static async Task<List<(Service Service, int? AttachmentId)>> OfAsync(AppDbContext db, Guid userId, int structureId, CancellationToken cancellationToken)
    {
        var limited = await db.ServiceRestrictions.AsNoTracking().Where(r => r.UserId == userId && r.StructureId == structureId)
            .ToDictionaryAsync(r => r.ServiceId, r => r.Id, cancellationToken);
        var services = await db.Services.AsNoTracking().Where(s => s.StructureId == structureId).OrderBy(s => s.Code).ToListAsync(cancellationToken);
        return services.Where(s => limited.Count == 0 || limited.ContainsKey(s.Id))
            .Select(s => (s, limited.TryGetValue(s.Id, out var id) ? id : (int?)null))
            .ToList();
    }
}
