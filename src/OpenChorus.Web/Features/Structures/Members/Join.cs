using Microsoft.EntityFrameworkCore;
using OpenChorus.Web.Data;

namespace OpenChorus.Web.Features.Structures.Members;

/// <summary>Adds a user to a structure as utilisateur, subscribed to the sollicitations espaces that are open on it
/// (DOMAIN.md §1.3: opened automatically for every user).</summary>
internal static class Join
{
    public static async Task AddMemberAsync(AppDbContext db, int structureId, Guid userId, DateTime now, CancellationToken cancellationToken)
    {
        db.Memberships.Add(new Membership { StructureId = structureId, UserId = userId, Role = StructureRole.User, CreatedAtUtc = now });
        var automatic = await db.StructureSpaces
            .Where(o => o.StructureId == structureId && (o.Space == Space.SollicitationsEmises || o.Space == Space.SollicitationsRecues))
            .Select(o => o.Space).ToListAsync(cancellationToken);
        var existing = await db.Subscriptions.Where(s => s.StructureId == structureId && s.UserId == userId).Select(s => s.Space).ToListAsync(cancellationToken);
        foreach (var space in automatic.Except(existing))
        {
            db.Subscriptions.Add(new Subscription { StructureId = structureId, UserId = userId, Space = space, Mode = AccessMode.Modification, CreatedAtUtc = now });
        }
    }
}
