using Microsoft.AspNetCore.Identity;
using OpenChorus.Web.Data;
using OpenChorus.Web.Platform.Mail;

namespace OpenChorus.Web.Features.Accounts;

/// <summary>"Mot de passe oublié ?": a reset link to the login address, valid <see cref="AccountsOptions.LinkValidity"/>.</summary>
public sealed class PasswordResetLinks(
    UserManager<AppUser> users, AppDbContext db, Mailer mailer, PortalLinks links, TimeProvider clock)
{
    public const string ResetPath = "/accounts/public/resetpassword";

    /// <summary>Sends a link and saves; false (nothing sent) when the account is not activated or deactivated.</summary>
    public async Task<bool> SendAsync(AppUser user, CancellationToken cancellationToken = default)
    {
        if (!user.IsActivated || user.DeactivatedAtUtc is not null || user.Email is null)
        {
            return false;
        }

        user.PasswordResetSentAtUtc = clock.GetUtcNow().UtcDateTime;
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var link = links.Absolute(ResetPath, new Dictionary<string, string?>
        {
            ["user"] = user.Id.ToString(),
            ["token"] = PortalLinks.EncodeToken(token),
        });
        mailer.Queue(user.Email, "Réinitialisation de votre mot de passe OpenChorus", $"""
            Bonjour {user.DisplayName},

            Vous avez demandé à réinitialiser le mot de passe de votre compte OpenChorus.
            Pour choisir un nouveau mot de passe, suivez ce lien :
            {link}

            Ce lien est valable 60 minutes à partir de l'envoi du message.

            Si vous n'êtes pas à l'origine de cette demande, ignorez ce message : votre mot de passe reste inchangé.
            """);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    public bool IsCurrent(AppUser user) =>
        user.PasswordResetSentAtUtc is { } sent && clock.GetUtcNow().UtcDateTime - sent <= AccountsOptions.LinkValidity;
}
