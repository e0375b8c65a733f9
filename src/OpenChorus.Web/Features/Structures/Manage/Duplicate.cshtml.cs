using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using OpenChorus.Web.Data;
using OpenChorus.Web.Features.Structures.Access;
using OpenChorus.Web.Features.Structures.Spaces;

namespace OpenChorus.Web.Features.Structures.Manage;

/// <summary>"Duplication des droits": copy one member's subscriptions to another member, here or on all my structures.</summary>
public sealed class DuplicateModel(AppDbContext db, AccessService access, DuplicateRights duplicate) : ManagerPageModel(access)
{
    public string StructureName { get; private set; } = "";

    public IReadOnlyList<(Guid Id, string Label)> Members { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        StructureName = await db.Structures.Where(s => s.Id == StructureId).Select(s => s.CompanyName).SingleAsync(cancellationToken);
        var rows = await (from m in db.Memberships
                          join u in db.Users on m.UserId equals u.Id
                          where m.StructureId == StructureId
                          orderby u.LastName
                          select new { u.Id, u.FirstName, u.LastName, u.Email }).ToListAsync(cancellationToken);
        Members = rows.Select(r => (r.Id, $"{r.FirstName} {r.LastName} ({r.Email})")).ToList();
    }

    public async Task<IActionResult> OnPostAsync(Guid fromUserId, Guid toUserId, bool everyStructure, CancellationToken cancellationToken) =>
        Done(await duplicate.HandleAsync(User.UserId(), StructureId, fromUserId, toUserId, everyStructure, cancellationToken),
            everyStructure ? "Les droits sont dupliqués sur chacune de vos structures où les deux utilisateurs sont rattachés." : "Les droits sont dupliqués sur cette structure.",
            $"/structures/manage/{StructureId}/duplicate");
}
