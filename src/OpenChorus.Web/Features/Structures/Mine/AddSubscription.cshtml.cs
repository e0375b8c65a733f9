using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OpenChorus.Web.Data;
using OpenChorus.Web.Features.Shared;
using OpenChorus.Web.Features.Structures.Access;
using OpenChorus.Web.Features.Structures.Spaces;

namespace OpenChorus.Web.Features.Structures.Mine;

/// <summary>"Ajouter un abonnement": structure, then one of the espaces open on it, then the mode.</summary>
public sealed class AddSubscriptionModel(AppDbContext db, AccessService access, Subscribe subscribe) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? StructureId { get; set; }

    public IReadOnlyList<(int Id, string Name)> Structures { get; private set; } = [];

    public IReadOnlyList<Space> OpenSpaces { get; private set; } = [];

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Space space, AccessMode mode, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            Error = "Choisissez un espace et un mode.";
            return await LoadAsync(cancellationToken) ? Page() : NotFound();
        }

        var result = await subscribe.HandleAsync(User.UserId(), StructureId ?? 0, space, mode, cancellationToken);
        if (result.Outcome.IsDenied || !await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        if (!result.Outcome.Succeeded)
        {
            Error = result.Outcome.Message;
            return Page();
        }

        TempData["Success"] = result.Immediate
            ? $"Vous êtes abonné à l'espace {space.Label()} en {mode.Label().ToLowerInvariant()}."
            : $"Votre demande d'abonnement à l'espace {space.Label()} est transmise aux gestionnaires de la structure.";
        return Redirect("/structures/mine/subscriptions");
    }

    /// <summary>False when the chosen structure is not one of the user's.</summary>
    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var userId = User.UserId();
        var rows = await db.Memberships.Where(m => m.UserId == userId).OrderBy(m => m.Structure!.CompanyName)
            .Select(m => new { m.StructureId, m.Structure!.CompanyName, m.Structure.Identifier }).ToListAsync(cancellationToken);
        Structures = rows.Select(r => (r.StructureId, $"{r.CompanyName} ({r.Identifier})")).ToList();
        if (StructureId is null)
        {
            return true;
        }

        if (!await access.IsMemberAsync(userId, StructureId.Value, cancellationToken))
        {
            return false;
        }

        var open = await db.StructureSpaces.Where(o => o.StructureId == StructureId).Select(o => o.Space).ToListAsync(cancellationToken);
        OpenSpaces = Enum.GetValues<Space>().Where(open.Contains).ToList();
        return true;
    }
}
