using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using OpenChorus.Web.Features.Accounts;

namespace OpenChorus.Web.Tests.Infrastructure;

/// <summary>
/// TEST-ONLY sign-in: <c>GET /test/sign-in/{userId}</c> signs the user in with Identity's own cookie, skipping the
/// login form and two-factor step (those belong to the Accounts tests). Registered by <see cref="TestApp"/> only;
/// nothing like it exists in the application.
/// </summary>
internal sealed class TestSignIn : IStartupFilter
{
    public const string Path = "/test/sign-in";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        // Not app.Map: a mapped branch moves the path into PathBase, and the cookie would then be scoped to it.
        app.Use(async (context, nextMiddleware) =>
        {
            if (!context.Request.Path.StartsWithSegments(Path, out var rest))
            {
                await nextMiddleware(context);
                return;
            }

            var users = context.RequestServices.GetRequiredService<UserManager<AppUser>>();
            var user = await users.FindByIdAsync(rest.Value!.Trim('/'));
            if (user is null)
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }

            await context.RequestServices.GetRequiredService<SignInManager<AppUser>>().SignInAsync(user, isPersistent: false);
            context.Response.StatusCode = StatusCodes.Status204NoContent;
        });
        next(app);
    };
}
