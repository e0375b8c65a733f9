using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenChorus.Web.Features.Structures.Access;

namespace OpenChorus.Web.Features.Structures.Manage;

/// <summary>
/// A page about one structure (route value <c>id</c>) that only its gestionnaires may open: anyone else gets 404,
/// before any handler runs, for GET and POST alike.
/// </summary>
public abstract class ManagerPageModel(AccessService access) : PageModel
{
    public int StructureId { get; private set; }

    protected AccessService Access { get; } = access;

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        if (!int.TryParse(RouteData.Values["id"]?.ToString(), out var id)
            || !await Access.IsManagerAsync(User.UserId(), id, HttpContext.RequestAborted))
        {
            context.Result = NotFound();
            return;
        }

        StructureId = id;
        await next();
    }

    /// <summary>Maps a use case's answer: 404 when denied, else a message and a redirect to <paramref name="back"/>.</summary>
    protected Microsoft.AspNetCore.Mvc.IActionResult Done(Outcome outcome, string success, string back)
    {
        if (outcome.IsDenied)
        {
            return NotFound();
        }

        TempData[outcome.Succeeded ? "Success" : "Failure"] = outcome.Succeeded ? success : outcome.Message;
        return Redirect(back);
    }
}
