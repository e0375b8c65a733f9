using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace OpenChorus.Web.Features.Accounts;

/// <summary>"Sécurité": set up an authenticator app (Identity's authenticator key, confirmed by a first code) or remove
/// it; without one, the second factor is a code sent by e-mail.</summary>
public sealed class SecurityModel(
    UserManager<AppUser> users, SignInManager<AppUser> signIn, IOptions<AccountsOptions> options) : PageModel
{
    public bool TwoFactorRequired => options.Value.RequireTwoFactor;

    [BindProperty]
    [Required(ErrorMessage = "Saisissez le code affiché par votre application.")]
    public string? Code { get; set; }

    public bool AuthenticatorEnabled { get; private set; }

    /// <summary>While setting up: the key to type into the app, and the otpauth URI its QR code holds.</summary>
    public AuthenticatorSetup? Setup { get; private set; }

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() is null ? Challenge() : Page();

    public async Task<IActionResult> OnPostStartAsync()
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        // A new key each time: a key shown once before must not stay usable.
        await users.ResetAuthenticatorKeyAsync(user);
        await signIn.RefreshSignInAsync(user);
        return Redirect("/accounts/security");
    }

    public async Task<IActionResult> OnPostVerifyAsync()
    {
        if (await LoadAsync() is not { } user)
        {
            return Challenge();
        }

        if (!ModelState.IsValid || Setup is null)
        {
            return Page();
        }

        var code = Code!.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            ModelState.AddModelError(nameof(Code), "Ce code est incorrect. Vérifiez l'heure de votre téléphone et saisissez le code affiché.");
            return Page();
        }

        await users.SetTwoFactorEnabledAsync(user, true);
        await signIn.RefreshSignInAsync(user);
        TempData["Success"] = "Votre application d'authentification est configurée : elle vous donnera le code demandé à chaque connexion.";
        return Redirect("/accounts/security");
    }

    public async Task<IActionResult> OnPostRemoveAsync()
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        await signIn.RefreshSignInAsync(user);
        TempData["Success"] = TwoFactorRequired
            ? "Votre application d'authentification a été supprimée. Un code vous sera envoyé par e-mail à chaque connexion."
            : "Votre application d'authentification a été supprimée.";
        return Redirect("/accounts/security");
    }

    private async Task<AppUser?> LoadAsync()
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return null;
        }

        AuthenticatorEnabled = user.TwoFactorEnabled;
        var key = await users.GetAuthenticatorKeyAsync(user);
        Setup = !AuthenticatorEnabled && !string.IsNullOrEmpty(key) ? AuthenticatorSetup.For(user.Email!, key) : null;
        return user;
    }
}
