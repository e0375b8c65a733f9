using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenChorus.Web.Features.Structures.Access;

namespace OpenChorus.Web.Features.Structures.Manage;

/// <summary>
/// A page about one structure (route value <c>id</c>) that only its gestionnaires may open: anyone else gets 404,
/// before any handler runs, for GET and POST alike. A POST whose values do not bind gets 400.
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

        // An unreadable value (a role or espace that does not exist) would bind as the enum's default: refuse it instead.
        if (HttpMethods.IsPost(Request.Method) && !ModelState.IsValid)
        {
            context.Result = BadRequest();
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
