using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace OpenChorus.Web.Features.Accounts.Public;

/// <summary>
/// A page that mails a link to a login address and always gives the same answer, so nobody learns from it whether an
/// address has an account ("Mot de passe oublié ?", "Lien d'activation perdu ?").
/// </summary>
[EnableRateLimiting(AnonymousPostsRateLimit.Policy)]
public abstract class LinkRequestPageModel(UserManager<AppUser> users) : PageModel
{
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
            await SendLinkAsync(user, cancellationToken);
        }

        Sent = true;
        return Page();
    }

    /// <summary>Sends the link when the account is in the right state; does nothing otherwise.</summary>
    protected abstract Task SendLinkAsync(AppUser user, CancellationToken cancellationToken);
}
