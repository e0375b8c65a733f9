using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenChorus.Web.Features.Shared;
using OpenChorus.Web.Features.Structures;
using OpenChorus.Web.Features.Structures.Access;

namespace OpenChorus.Web.Features.Spaces;

/// <summary>/spaces/{slug}: the landing page of an espace, listing the user's structures in it with the mode. 404 for
/// an unknown espace, 403 when the user has it on no structure.</summary>
public sealed class IndexModel(AccessService access) : PageModel
{
    public Space Space { get; private set; }

    public IReadOnlyList<SpaceAccess> Accesses { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var space = Enum.GetValues<Space>().Cast<Space?>().SingleOrDefault(s => s!.Value.Slug() == slug);
        if (space is null)
        {
            return NotFound();
        }

        Space = space.Value;
        Accesses = await access.AccessesToAsync(User.UserId(), Space, cancellationToken);
        return Accesses.Count == 0 ? StatusCode(StatusCodes.Status403Forbidden) : Page();
    }
}
