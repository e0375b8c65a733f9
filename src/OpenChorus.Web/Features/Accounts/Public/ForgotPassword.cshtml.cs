using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace OpenChorus.Web.Features.Accounts.Public;

/// <summary>"Mot de passe oublié ?": always the same answer; a reset link goes to the login address of an active account.</summary>
[EnableRateLimiting(AnonymousPostsRateLimit.Policy)]
public sealed class ForgotPasswordModel(UserManager<AppUser> users, PasswordResetLinks resetLinks) : PageModel
{
    public const string NeutralAnswer =
        "Si un compte activé correspond à cette adresse, un lien de réinitialisation du mot de passe vient d'y être envoyé. Il est valable 60 minutes.";

    [BindProperty]
    [Required(ErrorMessage = "Saisissez votre adresse e-mail de connexion.")]
    [EmailAddress(ErrorMessage = "Saisissez une adresse e-mail valide, par exemple prenom.nom@domaine.fr.")]
    public string? Email { get; set; }

    public bool Sent { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (await users.FindByEmailAsync(Email!.Trim()) is { } user)
        {
            await resetLinks.SendAsync(user, cancellationToken);
        }

        Sent = true;
        return Page();
    }
}
