using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace OpenChorus.Web.Features.Accounts.Public;

/// <summary>The reset link: within its 60 minutes, the user chooses a new password. Identity voids the link once used.</summary>
public sealed class ResetPasswordModel(UserManager<AppUser> users, PasswordResetLinks resetLinks) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "user")]
    public Guid UserId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    [BindProperty]
    [Required(ErrorMessage = "Saisissez votre nouveau mot de passe.")]
    public string? Password { get; set; }

    [BindProperty]
    [Required(ErrorMessage = "Confirmez votre nouveau mot de passe.")]
    [Compare(nameof(Password), ErrorMessage = "Les deux mots de passe ne sont pas identiques.")]
    public string? ConfirmPassword { get; set; }

    public bool IsLinkValid { get; private set; }

    public async Task OnGetAsync()
    {
        IsLinkValid = await FindAsync() is not null;
        ModelState.Clear();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await FindAsync();
        IsLinkValid = user is not null;
        if (user is null || !ModelState.IsValid)
        {
            return Page();
        }

        var reset = await users.ResetPasswordAsync(user, PortalLinks.DecodeToken(Token)!, Password!);
        if (!reset.Succeeded)
        {
            foreach (var error in reset.Errors)
            {
                ModelState.AddModelError(nameof(Password), error.Description);
            }

            return Page();
        }

        user.PasswordResetSentAtUtc = null;
        await users.SetLockoutEndDateAsync(user, null);
        TempData["Success"] = "Votre mot de passe a été modifié. Vous pouvez vous connecter.";
        return Redirect("/accounts/public/login");
    }

    private async Task<AppUser?> FindAsync()
    {
        var token = PortalLinks.DecodeToken(Token);
        var user = token is null ? null : await users.FindByIdAsync(UserId.ToString());
        var valid = user is { IsActivated: true, DeactivatedAtUtc: null }
            && resetLinks.IsCurrent(user)
            && await users.VerifyUserTokenAsync(
                user, users.Options.Tokens.PasswordResetTokenProvider, UserManager<AppUser>.ResetPasswordTokenPurpose, token!);
        return valid ? user : null;
    }
}
