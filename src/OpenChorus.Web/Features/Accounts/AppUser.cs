using Microsoft.AspNetCore.Identity;

namespace OpenChorus.Web.Features.Accounts;

/// <summary>A person's account (Chorus Pro "compte utilisateur"). The login e-mail is <see cref="IdentityUser{TKey}.Email"/>
/// and also the user name.</summary>
public sealed class AppUser : IdentityUser<Guid>
{
    /// <summary>Nom.</summary>
    public required string LastName { get; set; }

    /// <summary>Prénom.</summary>
    public required string FirstName { get; set; }

    /// <summary>Adresse e-mail de contact: where notifications go; defaults to the login address.</summary>
    public required string ContactEmail { get; set; }

    /// <summary>"Notification Facturation": e-mails about invoices.</summary>
    public bool NotifyInvoicing { get; set; } = true;

    /// <summary>"Notification Actualités": e-mails about platform news.</summary>
    public bool NotifyNews { get; set; }

    public DateTime TermsAcceptedAtUtc { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    /// <summary>When the last activation link was sent: the link is valid 60 minutes from then.</summary>
    public DateTime? ActivationSentAtUtc { get; set; }

    /// <summary>When the last password-reset link was sent: the link is valid 60 minutes from then.</summary>
    public DateTime? PasswordResetSentAtUtc { get; set; }

    /// <summary>Set when the user deactivated the account ("Désactiver mon accès"); a deactivated account cannot log in.</summary>
    public DateTime? DeactivatedAtUtc { get; set; }

    /// <summary>Activated: the user followed the activation link and chose a password.</summary>
    public bool IsActivated => EmailConfirmed;

    public string DisplayName => $"{FirstName} {LastName}";
}
