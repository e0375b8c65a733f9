using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenChorus.Web.Data;
using OpenChorus.Web.Platform.Mail;

namespace OpenChorus.Web.Features.Accounts;

/// <summary>"Changer mon adresse de connexion": the new address becomes the login once confirmed by the link sent to it.</summary>
public sealed class LoginEmailModel(UserManager<AppUser> users, PortalLinks links, Mailer mailer, AppDbContext db) : PageModel
{
    public const string ConfirmPath = "/accounts/public/confirmloginemail";

    [BindProperty]
    [Required(ErrorMessage = "Saisissez votre nouvelle adresse e-mail de connexion.")]
    [EmailAddress(ErrorMessage = "Saisissez une adresse e-mail valide, par exemple prenom.nom@domaine.fr.")]
    [StringLength(254, ErrorMessage = "L'adresse e-mail ne peut pas dépasser 254 caractères.")]
    public string? NewEmail { get; set; }

    [BindProperty]
    [Required(ErrorMessage = "Saisissez votre mot de passe actuel.")]
    public string? CurrentPassword { get; set; }

    public string? CurrentEmail { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        CurrentEmail = user.Email;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        CurrentEmail = user.Email;
        if (ModelState.IsValid && !await users.CheckPasswordAsync(user, CurrentPassword!))
        {
            ModelState.AddModelError(nameof(CurrentPassword), "Le mot de passe est incorrect.");
        }

        var newEmail = NewEmail?.Trim();
        if (ModelState.IsValid && string.Equals(newEmail, user.Email, StringComparison.OrdinalIgnoreCase))
        {
            ModelState.AddModelError(nameof(NewEmail), "C'est déjà votre adresse de connexion.");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var token = await users.GenerateChangeEmailTokenAsync(user, newEmail!);
        var link = links.Absolute(ConfirmPath, new Dictionary<string, string?>
        {
            ["user"] = user.Id.ToString(),
            ["email"] = newEmail,
            ["token"] = PortalLinks.EncodeToken(token),
        });
        mailer.Queue(newEmail!, "Confirmez votre nouvelle adresse de connexion OpenChorus", $"""
            Bonjour {user.DisplayName},

            Vous avez demandé que {newEmail} devienne l'adresse de connexion de votre compte OpenChorus.
            Pour confirmer ce changement, suivez ce lien :
            {link}

            Ce lien est valable 60 minutes. Tant que vous ne l'avez pas confirmé, vous vous connectez avec votre adresse actuelle.
            """);
        await db.SaveChangesAsync(cancellationToken);
        TempData["Success"] = $"Un lien de confirmation a été envoyé à {newEmail}. Suivez-le pour changer votre adresse de connexion.";
        return Redirect("/accounts");
    }
}
