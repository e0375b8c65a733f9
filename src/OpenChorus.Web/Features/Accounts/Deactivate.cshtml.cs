using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OpenChorus.Web.Data;
using OpenChorus.Web.Features.Structures;

namespace OpenChorus.Web.Features.Accounts;

/// <summary>"Désactiver mon compte": once "Désactiver mon accès" is ticked and submitted, the user is logged out and
/// can no longer log in. A gestionnaire principal transfers the role first, so no structure is left without one.</summary>
public sealed class DeactivateModel(
    UserManager<AppUser> users,
    SignInManager<AppUser> signIn,
    AppDbContext db,
    TimeProvider clock,
    ILogger<DeactivateModel> logger) : PageModel
{
    [BindProperty]
    public bool Confirm { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        if (!Confirm)
        {
            ModelState.AddModelError(nameof(Confirm), "Cochez « Désactiver mon accès » pour confirmer la désactivation.");
            return Page();
        }

        if (await db.Memberships.AnyAsync(m => m.UserId == user.Id && m.Role == StructureRole.PrincipalManager))
        {
            ModelState.AddModelError("", "Vous êtes gestionnaire principal d'une structure : transférez ce rôle à un autre utilisateur "
                + "(« Mes rattachements aux structures ») avant de désactiver votre compte.");
            return Page();
        }

        user.DeactivatedAtUtc = clock.GetUtcNow().UtcDateTime;
        // A new security stamp ends the sessions open elsewhere at their next check.
        await users.UpdateSecurityStampAsync(user);
        await signIn.SignOutAsync();
        AccountLog.Deactivated(logger, user.Id);
        TempData["Success"] = "Votre compte a été désactivé. Vous ne pouvez plus vous connecter.";
        return Redirect("/");
    }
}
