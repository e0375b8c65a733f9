using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using OpenChorus.Web.Features.Accounts;
using OpenChorus.Web.Features.Structures.Access;

namespace OpenChorus.Web.Tests.Infrastructure;

/// <summary>Creates accounts straight through Identity and signs them in through <see cref="TestSignIn"/>.</summary>
public static class TestUsers
{
    public static async Task<Guid> CreateUserAsync(this TestApp app, string email, bool active = true, bool administrator = false)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = active,
            FirstName = "Prénom",
            LastName = email.Split('@')[0],
            ContactEmail = email,
            CreatedAtUtc = app.Clock.GetUtcNow().UtcDateTime,
        };
        Check(await users.CreateAsync(user));
        if (administrator)
        {
            var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole<Guid>>>();
            if (!await roles.RoleExistsAsync(AccessService.PlatformAdministratorRole))
            {
                Check(await roles.CreateAsync(new IdentityRole<Guid>(AccessService.PlatformAdministratorRole)));
            }

            Check(await users.AddToRoleAsync(user, AccessService.PlatformAdministratorRole));
        }

        return user.Id;
    }

    /// <summary>A new browser session signed in as <paramref name="userId"/>.</summary>
    public static async Task<PortalClient> SignInAsync(this TestApp app, Guid userId)
    {
        var portal = app.CreatePortalClient();
        await portal.GetAsync($"{TestSignIn.Path}/{userId}", HttpStatusCode.NoContent);
        return portal;
    }

    public static async Task<(PortalClient Portal, Guid Id)> NewSignedInUserAsync(this TestApp app, string email, bool administrator = false)
    {
        var id = await app.CreateUserAsync(email, administrator: administrator);
        return (await app.SignInAsync(id), id);
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}
