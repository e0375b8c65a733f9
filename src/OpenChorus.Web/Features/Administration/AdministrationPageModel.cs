using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenChorus.Web.Features.Structures.Access;

namespace OpenChorus.Web.Features.Administration;

/// <summary>A page of /administration: platform administrators only (role read from the database on every request);
/// anyone else gets 403 before any handler runs.</summary>
public abstract class AdministrationPageModel(AccessService access) : PageModel
{
    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        if (!await access.IsPlatformAdministratorAsync(User.UserId(), HttpContext.RequestAborted))
        {
            context.Result = StatusCode(StatusCodes.Status403Forbidden);
            return;
        }

        await next();
    }
}
