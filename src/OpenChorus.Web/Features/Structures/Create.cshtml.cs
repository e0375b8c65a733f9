using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenChorus.Web.Features.Structures.Access;

namespace OpenChorus.Web.Features.Structures;

/// <summary>/structures/create: a user creates a private structure and becomes its gestionnaire principal.</summary>
public sealed class CreateModel(CreateStructure create) : PageModel
{
    [BindProperty]
    public StructureInput Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var userId = User.UserId();
        var outcome = await create.HandleAsync(Input.ToDraft(), isPublic: false, userId, userId, cancellationToken);
        if (!outcome.Succeeded)
        {
            ModelState.AddOutcome(outcome, nameof(Input));
            return Page();
        }

        TempData["Success"] = $"La structure {Input.CompanyName} est créée. Vous en êtes le gestionnaire principal.";
        return Redirect($"/structures/manage/{outcome.Id}");
    }
}
