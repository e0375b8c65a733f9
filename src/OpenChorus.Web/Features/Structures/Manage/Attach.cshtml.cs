using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OpenChorus.Web.Data;
using OpenChorus.Web.Features.Structures.Access;
using OpenChorus.Web.Features.Structures.Members;

namespace OpenChorus.Web.Features.Structures.Manage;

/// <summary>A manager attaches one user to several of their structures at once (DOMAIN.md §1.3).</summary>
public sealed class AttachModel(AppDbContext db, AccessService access, AttachUser attach) : PageModel
{
    public IReadOnlyList<Mine.AttachmentRow> Structures { get; private set; } = [];

    public IReadOnlyList<string> Messages { get; private set; } = [];

    public Task OnGetAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(string? email, List<int> structureIds, CancellationToken cancellationToken)
    {
        var managerId = User.UserId();
        foreach (var id in structureIds)
        {
            if (!await access.IsManagerAsync(managerId, id, cancellationToken))
            {
                return NotFound();
            }
        }

        await LoadAsync(cancellationToken);
        if (structureIds.Count == 0)
        {
            Messages = ["Sélectionnez au moins une structure."];
            return Page();
        }

        var messages = new List<string>();
        foreach (var id in structureIds.Distinct())
        {
            var outcome = await attach.HandleAsync(managerId, id, email ?? "", cancellationToken);
            var name = Structures.Single(s => s.StructureId == id).CompanyName;
            messages.Add(outcome.Succeeded ? $"{name} : utilisateur rattaché." : $"{name} : {outcome.Message}");
        }

        Messages = messages;
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var userId = User.UserId();
        Structures = await db.Memberships
            .Where(m => m.UserId == userId && (m.Role == StructureRole.PrincipalManager || m.Role == StructureRole.SecondaryManager))
            .OrderBy(m => m.Structure!.CompanyName)
            .Select(m => new Mine.AttachmentRow(m.StructureId, m.Structure!.CompanyName, m.Structure.Identifier, m.Role))
            .ToListAsync(cancellationToken);
    }
}
