using Microsoft.EntityFrameworkCore;
using OpenChorus.Web.Data;
using OpenChorus.Web.Features.Api.Accounts;
using OpenChorus.Web.Features.Api.Wire;
using OpenChorus.Web.Features.Structures;
using OpenChorus.Web.Features.Structures.Access;

namespace OpenChorus.Web.Features.Api.Structures;

/// <summary>
/// Which structures a technical account sees: every public structure (a supplier looks up its recipient, as on the
/// portal's annuaire), and the private structures it is attached to — its own. Chorus Pro lets
/// <c>restreindreStructuresPrivees = false</c> list other private structures; we never do, a private structure's
/// existence and details are its own members' business.
/// </summary>
public static class StructureLookup
{
    public static IQueryable<Structure> VisibleTo(this IQueryable<Structure> structures, AppDbContext db, Guid userId) =>
        structures.Where(s => s.IsPublic || db.Memberships.Any(m => m.StructureId == s.Id && m.UserId == userId));

    /// <summary>The structure a request names, or the answer when it names none, an unknown one (400, 20000) or
    /// another private structure (403, 20001).</summary>
    public static async Task<(Structure? Structure, IResult? Refusal)> FindAsync(
        AppDbContext db, AccessService access, CproCaller caller, long? id, CancellationToken cancellationToken)
    {
        if (id is null or 0)
        {
            return (null, CproResults.NotFound(StructureCodes.Unknown("Indiquez l'identifiant technique de la structure (idStructureCPP ou idStructure).")));
        }

        var value = id.Value;
        if (value is < 0 or > int.MaxValue)
        {
            return (null, CproResults.NotFound(StructureCodes.Unknown($"La structure {value} n'existe pas.")));
        }

        var structure = await db.Structures.AsNoTracking().SingleOrDefaultAsync(s => s.Id == (int)value, cancellationToken);
        if (structure is null)
        {
            return (null, CproResults.NotFound(StructureCodes.Unknown($"La structure {value} n'existe pas.")));
        }

        if (!structure.IsPublic && !await access.IsMemberAsync(caller.UserId, structure.Id, cancellationToken))
        {
            return (null, CproResults.Forbidden(StructureCodes.Forbidden(
                $"La structure {value} est une structure privée à laquelle le compte technique n'est pas rattaché.")));
        }

        return (structure, null);
    }
}
