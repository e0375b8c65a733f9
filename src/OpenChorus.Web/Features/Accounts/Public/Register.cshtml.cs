using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using OpenChorus.Web.Data;
using OpenChorus.Web.Platform.Mail;

namespace OpenChorus.Web.Features.Accounts.Public;

/// <summary>"Créer un compte": no password yet; the activation link goes to the login address. An address that already
/// has an account gets the same answer, so the page never tells who has an account.</summary>
[EnableRateLimiting(AnonymousPostsRateLimit.Policy)]
public sealed class RegisterModel(
    UserManager<AppUser> users,
    ActivationLinks activation,
    AppDbContext db,
    Mailer mailer,
    TimeProvider clock,
    ILogger<RegisterModel> logger) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Saisissez votre adresse e-mail de connexion.")]
    [EmailAddress(ErrorMessage = "Saisissez une adresse e-mail valide, par exemple prenom.nom@domaine.fr.")]
    [StringLength(254, ErrorMessage = "L'adresse e-mail ne peut pas dépasser 254 caractères.")]
    public string? Email { get; set; }

    [BindProperty]
    [Required(ErrorMessage = "Saisissez votre nom.")]
    [StringLength(100, ErrorMessage = "Le nom ne peut pas dépasser 100 caractères.")]
    public string? LastName { get; set; }

    [BindProperty]
    [Required(ErrorMessage = "Saisissez votre prénom.")]
    [StringLength(100, ErrorMessage = "Le prénom ne peut pas dépasser 100 caractères.")]
    public string? FirstName { get; set; }

    [BindProperty]
    [Phone(ErrorMessage = "Saisissez un numéro de téléphone valide, par exemple 01 23 45 67 89.")]
    [StringLength(30, ErrorMessage = "Le numéro de téléphone ne peut pas dépasser 30 caractères.")]
    public string? PhoneNumber { get; set; }

    [BindProperty]
    [EmailAddress(ErrorMessage = "Saisissez une adresse e-mail de contact valide, par exemple prenom.nom@domaine.fr.")]
    [StringLength(254, ErrorMessage = "L'adresse e-mail ne peut pas dépasser 254 caractères.")]
    public string? ContactEmail { get; set; }

    [BindProperty]
    public bool AcceptTerms { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!AcceptTerms)
        {
            ModelState.AddModelError(nameof(AcceptTerms), "Vous devez accepter les conditions générales d'utilisation pour créer un compte.");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var email = Email!.Trim();
        var existing = await users.FindByEmailAsync(email);
        if (existing is not null)
        {
            await TellOwnerAsync(existing, cancellationToken);
            return Redirect("/accounts/public/registered");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var user = new AppUser
        {
            UserName = email,
            Email = email,
            LastName = LastName!.Trim(),
            FirstName = FirstName!.Trim(),
            PhoneNumber = string.IsNullOrWhiteSpace(PhoneNumber) ? null : PhoneNumber.Trim(),
            ContactEmail = string.IsNullOrWhiteSpace(ContactEmail) ? email : ContactEmail.Trim(),
            TermsAcceptedAtUtc = now,
            CreatedAtUtc = now,
        };
        IdentityResult created;
        try
        {
            created = await users.CreateAsync(user);
        }
        catch (DbUpdateException exception) when (exception.IsUniqueViolation())
        {
            created = IdentityResult.Failed(users.ErrorDescriber.DuplicateUserName(email));
        }

        if (created.Errors.Any(e => e.Code is nameof(IdentityErrorDescriber.DuplicateUserName) or nameof(IdentityErrorDescriber.DuplicateEmail)))
        {
            // A double submit, or two registrations of one address at once: the other request sent the activation
            // link. Same answer as for any known address, so the page still tells no one who has an account.
            return Redirect("/accounts/public/registered");
        }

        if (!created.Succeeded)
        {
            foreach (var error in created.Errors)
            {
                ModelState.AddModelError(nameof(Email), error.Description);
            }

            return Page();
        }

        await activation.SendAsync(user, cancellationToken);
        AccountLog.Created(logger, user.Id);
        return Redirect("/accounts/public/registered");
    }

    private async Task TellOwnerAsync(AppUser owner, CancellationToken cancellationToken)
    {
        if (await activation.SendAsync(owner, cancellationToken))
        {
            return;
        }

        mailer.Queue(owner.Email!, "Demande de création de compte OpenChorus", $"""
            Bonjour {owner.DisplayName},

            Quelqu'un a demandé à créer un compte OpenChorus avec votre adresse {owner.Email}, qui a déjà un compte.
            Si c'est vous et que vous avez oublié votre mot de passe, utilisez « Mot de passe oublié ? » sur la page de connexion.

            Sinon, ignorez ce message : votre compte n'a pas été modifié.
            """);
        await db.SaveChangesAsync(cancellationToken);
    }
}
