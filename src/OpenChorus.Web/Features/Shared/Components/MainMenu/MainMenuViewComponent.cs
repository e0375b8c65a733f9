using Microsoft.AspNetCore.Mvc;
using OpenChorus.Web.Features.Structures;
using OpenChorus.Web.Features.Structures.Access;

namespace OpenChorus.Web.Features.Shared.Components.MainMenu;

/// <summary>The tabs of the top menu: "Mon compte", "Activités du gestionnaire" for managers, and each espace the
/// user has. Read from the database on every request, so a new subscription shows at once.</summary>
public sealed class MainMenuViewComponent(AccessService access) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var userId = AccessService.UserIdOf(UserClaimsPrincipal);
        if (userId is null)
        {
            return View(new MainMenuModel([], IsManager: false, IsAdministrator: false));
        }

        var spaces = await access.SpacesOfAsync(userId.Value, HttpContext.RequestAborted);
        var isManager = await access.IsAnyManagerAsync(userId.Value, HttpContext.RequestAborted);
        var ordered = Enum.GetValues<Space>().Where(spaces.Contains).ToList();
        return View(new MainMenuModel(ordered, isManager, UserClaimsPrincipal.IsInRole(AccessService.PlatformAdministratorRole)));
    }
}

public sealed record MainMenuModel(IReadOnlyList<Space> Spaces, bool IsManager, bool IsAdministrator);
