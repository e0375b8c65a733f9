using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace OpenChorus.Web.Features.Accounts;

/// <summary>"Mes informations": nom, prénom, téléphone and the contact address (where notifications go).</summary>
public sealed class ProfileModel(UserManager<AppUser> users) : PageModel
{
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
    [Required(ErrorMessage = "Saisissez votre adresse e-mail de contact.")]
    [EmailAddress(ErrorMessage = "Saisissez une adresse e-mail de contact valide, par exemple prenom.nom@domaine.fr.")]
    [StringLength(254, ErrorMessage = "L'adresse e-mail ne peut pas dépasser 254 caractères.")]
    public string? ContactEmail { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        (LastName, FirstName, PhoneNumber, ContactEmail) = (user.LastName, user.FirstName, user.PhoneNumber, user.ContactEmail);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        user.LastName = LastName!.Trim();
        user.FirstName = FirstName!.Trim();
        user.PhoneNumber = string.IsNullOrWhiteSpace(PhoneNumber) ? null : PhoneNumber.Trim();
        user.ContactEmail = ContactEmail!.Trim();
        await users.UpdateAsync(user);
        TempData["Success"] = "Vos informations ont été enregistrées.";
        return Redirect("/accounts");
    }
}
