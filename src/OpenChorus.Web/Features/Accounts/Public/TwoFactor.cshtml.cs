using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.WebUtilities;

namespace OpenChorus.Web.Features.Accounts.Public;

/// <summary>The second factor, after the password: the code of the user's authenticator app if one is set up,
/// otherwise the code sent by e-mail to the login address.</summary>
[EnableRateLimiting(AnonymousPostsRateLimit.Policy)]
public sealed class TwoFactorModel(SignInManager<AppUser> signIn, EmailSignInCodes emailCodes) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Saisissez le code.")]
    public string? Code { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public bool UsesAuthenticator { get; private set; }

    public static string UrlFor(string? returnUrl) =>
        string.IsNullOrEmpty(returnUrl)
            ? "/accounts/public/twofactor"
            : QueryHelpers.AddQueryString("/accounts/public/twofactor", "ReturnUrl", returnUrl);

    public string? Email { get; private set; }

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() is null ? Redirect("/accounts/public/login") : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await LoadAsync() is null)
        {
            return Redirect("/accounts/public/login");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var code = Code!.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        var result = UsesAuthenticator
            ? await signIn.TwoFactorAuthenticatorSignInAsync(code, isPersistent: false, rememberClient: false)
            : await signIn.TwoFactorSignInAsync(TokenOptions.DefaultEmailProvider, code, isPersistent: false, rememberClient: false);
        if (result.Succeeded)
        {
            return LocalRedirect(LoginModel.SafeReturnUrl(ReturnUrl));
        }

        ModelState.AddModelError(nameof(Code), result.IsLockedOut
            ? "Votre compte est verrouillé pendant 15 minutes après 5 tentatives infructueuses."
            : "Ce code est incorrect ou a expiré.");
        return Page();
    }

    public async Task<IActionResult> OnPostResendAsync(CancellationToken cancellationToken)
    {
        var user = await LoadAsync();
        if (user is null)
        {
            return Redirect("/accounts/public/login");
        }

        if (!UsesAuthenticator)
        {
            await emailCodes.SendAsync(user, cancellationToken);
            TempData["Success"] = "Un nouveau code vient d'être envoyé à votre adresse de connexion.";
        }

        return Redirect(UrlFor(ReturnUrl));
    }

    private async Task<AppUser?> LoadAsync()
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        UsesAuthenticator = user is { TwoFactorEnabled: true }
            && !string.IsNullOrEmpty(await signIn.UserManager.GetAuthenticatorKeyAsync(user));
        Email = user?.Email;
        return user;
    }
}
