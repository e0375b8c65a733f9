using Microsoft.EntityFrameworkCore;
using OpenChorus.Web.Data;
using OpenChorus.Web.Features.Structures.Access;

namespace OpenChorus.Web.Features.Structures.Manage;

/// <summary>The history of manager actions on one structure: who, what, when, on whom.</summary>
public sealed class HistoryModel(AppDbContext db, AccessService access) : ManagerPageModel(access)
{
    public string StructureName { get; private set; } = "";

    public IReadOnlyList<HistoryEntry> Entries { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        StructureName = await db.Structures.Where(s => s.Id == StructureId).Select(s => s.CompanyName).SingleAsync(cancellationToken);
        Entries = await (from a in db.ManagerActions
                         join actor in db.Users on a.ActorUserId equals actor.Id
                         from target in db.Users.Where(u => u.Id == a.TargetUserId).DefaultIfEmpty()
                         where a.StructureId == StructureId
                         orderby a.AtUtc descending, a.Id descending
                         select new HistoryEntry(a.AtUtc, actor.Email!, a.Action, target == null ? null : target.Email, a.Details))
                        .Take(500).ToListAsync(cancellationToken);
    }
}

public sealed record HistoryEntry(DateTime AtUtc, string Actor, string Action, string? Target, string? Details);
