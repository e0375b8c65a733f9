using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OpenChorus.Web.Data;
using OpenChorus.Web.Features.Structures;

namespace OpenChorus.Web.Features.Accounts;

/// <summary>"Notification Facturation" and "Notification Actualités". A gestionnaire principal cannot switch off
/// billing notifications (Chorus Pro rule).</summary>
public sealed class NotificationsModel(UserManager<AppUser> users, AppDbContext db) : PageModel
{
    [BindProperty]
    public bool NotifyInvoicing { get; set; }

    [BindProperty]
    public bool NotifyNews { get; set; }

    public bool IsPrincipalManager { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        IsPrincipalManager = await IsPrincipalAsync(user, cancellationToken);
        (NotifyInvoicing, NotifyNews) = (user.NotifyInvoicing || IsPrincipalManager, user.NotifyNews);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        IsPrincipalManager = await IsPrincipalAsync(user, cancellationToken);
        user.NotifyInvoicing = NotifyInvoicing || IsPrincipalManager;
        user.NotifyNews = NotifyNews;
        await users.UpdateAsync(user);
        TempData["Success"] = "Vos préférences de notification ont été enregistrées.";
        return Redirect("/accounts");
    }

    private Task<bool> IsPrincipalAsync(AppUser user, CancellationToken cancellationToken) =>
        db.Memberships.AnyAsync(m => m.UserId == user.Id && m.Role == StructureRole.PrincipalManager, cancellationToken);
}
