using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace OpenChorus.Web.Features.Accounts.Public;

/// <summary>Login with the login address and the password, then the second factor when one is required.</summary>
[EnableRateLimiting(AnonymousPostsRateLimit.Policy)]
public sealed class LoginModel(SignInManager<AppUser> signIn, EmailSignInCodes emailCodes, ILogger<LoginModel> logger) : PageModel
{
    public const string WrongCredentials = "Adresse e-mail de connexion ou mot de passe incorrect.";

    [BindProperty]
    [Required(ErrorMessage = "Saisissez votre adresse e-mail de connexion.")]
    public string? Email { get; set; }

    [BindProperty]
    [Required(ErrorMessage = "Saisissez votre mot de passe.")]
    public string? Password { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var email = Email!.Trim();
        var result = await signIn.PasswordSignInAsync(email, Password!, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return LocalRedirect(SafeReturnUrl(ReturnUrl));
        }

        if (result.RequiresTwoFactor)
        {
            var user = await signIn.GetTwoFactorAuthenticationUserAsync();
            if (user is not null && !user.TwoFactorEnabled)
            {
                await emailCodes.SendAsync(user, cancellationToken);
            }

            return Redirect(TwoFactorModel.UrlFor(ReturnUrl));
        }

        ModelState.AddModelError("", await DescribeFailureAsync(result, email));
        return Page();
    }

    public static string SafeReturnUrl(string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal)
            && !returnUrl.StartsWith("/\\", StringComparison.Ordinal)
            ? returnUrl
            : "/accounts";

    private async Task<string> DescribeFailureAsync(Microsoft.AspNetCore.Identity.SignInResult result, string email)
    {
        if (result.IsLockedOut)
        {
            if (await signIn.UserManager.FindByEmailAsync(email) is { } locked)
            {
                AccountLog.LockedOut(logger, locked.Id);
            }

            return "Votre compte est verrouillé pendant 15 minutes après 5 tentatives de connexion infructueuses. "
                + "Réessayez plus tard ou réinitialisez votre mot de passe (« Mot de passe oublié ? »).";
        }

        // Identity refuses a not activated or deactivated account before checking the password: say so only to
        // someone who knows the password, so the page does not tell who has an account.
        if (result.IsNotAllowed && await signIn.UserManager.FindByEmailAsync(email) is { } user
            && await signIn.UserManager.CheckPasswordAsync(user, Password!))
        {
            return user.DeactivatedAtUtc is null
                ? "Votre compte n'est pas encore activé. Suivez le lien d'activation reçu par e-mail (« Lien d'activation perdu ? »)."
                : "Votre compte est désactivé : vous ne pouvez plus vous connecter.";
        }

        return WrongCredentials;
    }
}
