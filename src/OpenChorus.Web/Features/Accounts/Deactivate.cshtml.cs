using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace OpenChorus.Web.Features.Accounts;

/// <summary>"Désactiver mon compte": once "Désactiver mon accès" is ticked and submitted, the user is logged out and
/// can no longer log in.</summary>
public sealed class DeactivateModel(
    UserManager<AppUser> users, SignInManager<AppUser> signIn, TimeProvider clock, ILogger<DeactivateModel> logger) : PageModel
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

        user.DeactivatedAtUtc = clock.GetUtcNow().UtcDateTime;
        // A new security stamp ends the sessions open elsewhere at their next check.
        await users.UpdateSecurityStampAsync(user);
        await signIn.SignOutAsync();
        AccountLog.Deactivated(logger, user.Id);
        TempData["Success"] = "Votre compte a été désactivé. Vous ne pouvez plus vous connecter.";
        return Redirect("/");
    }
}
