using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace OpenChorus.Web.Features.Accounts.Public;

/// <summary>The activation link: within its 60 minutes, the user chooses a password and the account is activated.</summary>
public sealed class ActivateModel(UserManager<AppUser> users, ActivationLinks activation, ILogger<ActivateModel> logger) : PageModel
{
    public enum LinkState
    {
        Valid,
        Expired,
        Invalid,
    }

    [BindProperty(SupportsGet = true, Name = "user")]
    public Guid UserId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    [BindProperty]
    [Required(ErrorMessage = "Saisissez votre mot de passe.")]
    public string? Password { get; set; }

    [BindProperty]
    [Required(ErrorMessage = "Confirmez votre mot de passe.")]
    [Compare(nameof(Password), ErrorMessage = "Les deux mots de passe ne sont pas identiques.")]
    public string? ConfirmPassword { get; set; }

    public LinkState State { get; private set; }

    public string? Email { get; private set; }

    public async Task OnGetAsync()
    {
        (State, _) = await CheckAsync();
        ModelState.Clear();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        (State, var user) = await CheckAsync();
        if (user is null || !ModelState.IsValid)
        {
            return Page();
        }

        // Identity checks the password rules here; adding the password also renews the security stamp, which voids the link.
        var added = await users.AddPasswordAsync(user, Password!);
        if (!added.Succeeded)
        {
            foreach (var error in added.Errors)
            {
                ModelState.AddModelError(nameof(Password), error.Description);
            }

            return Page();
        }

        user.EmailConfirmed = true;
        await users.UpdateAsync(user);
        AccountLog.Activated(logger, user.Id);
        TempData["Success"] = "Votre compte est activé. Vous pouvez vous connecter avec votre adresse de connexion et votre mot de passe.";
        return Redirect("/accounts/public/login");
    }

    private async Task<(LinkState State, AppUser? User)> CheckAsync()
    {
        var token = PortalLinks.DecodeToken(Token);
        var user = token is null ? null : await users.FindByIdAsync(UserId.ToString());
        if (user is null || user.IsActivated || user.DeactivatedAtUtc is not null || !await IsGenuineAsync(user, token!))
        {
            return (LinkState.Invalid, null);
        }

        Email = user.Email;
        return activation.IsCurrent(user) ? (LinkState.Valid, user) : (LinkState.Expired, null);
    }

    private Task<bool> IsGenuineAsync(AppUser user, string token) =>
        users.VerifyUserTokenAsync(
            user, users.Options.Tokens.EmailConfirmationTokenProvider, UserManager<AppUser>.ConfirmEmailTokenPurpose, token);
}
