using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OpenChorus.Web.Data;
using OpenChorus.Web.Features.Structures.Access;

namespace OpenChorus.Web.Features.Structures.Mine;

/// <summary>"Mon compte" > "Mes rattachements aux structures": my structures with my role.</summary>
public sealed class AttachmentsModel(AppDbContext db) : PageModel
{
    public IReadOnlyList<AttachmentRow> Rows { get; private set; } = [];

    public IReadOnlyList<string> Pending { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var userId = User.UserId();
        Rows = await db.Memberships.Where(m => m.UserId == userId)
            .OrderBy(m => m.Structure!.CompanyName)
            .Select(m => new AttachmentRow(m.StructureId, m.Structure!.CompanyName, m.Structure.Identifier, m.Role))
            .ToListAsync(cancellationToken);
        Pending = await db.AttachmentRequests.Where(r => r.UserId == userId && r.Status == RequestStatus.Pending)
            .Select(r => r.Structure!.CompanyName + " (" + r.Structure.Identifier + ")")
            .ToListAsync(cancellationToken);
    }
}

public sealed record AttachmentRow(int StructureId, string CompanyName, string Identifier, StructureRole Role);
