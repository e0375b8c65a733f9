using Microsoft.AspNetCore.Identity;
using OpenChorus.Web.Data;
using OpenChorus.Web.Platform.Mail;

namespace OpenChorus.Web.Features.Accounts;

/// <summary>Sends the activation link of an account not yet activated to its login address. The link is valid
/// <see cref="AccountsOptions.LinkValidity"/> from the sending, and sending a new one voids the previous ones.
/// Used by registration, "Lien d'activation perdu ?" and managers resending the link of one of their users.</summary>
public sealed class ActivationLinks(
    UserManager<AppUser> users, AppDbContext db, Mailer mailer, PortalLinks links, TimeProvider clock)
{
    public const string ActivatePath = "/accounts/public/activate";

    /// <summary>Sends a new link and saves; false (nothing sent) when the account is already activated or deactivated.</summary>
    public async Task<bool> SendAsync(AppUser user, CancellationToken cancellationToken = default)
    {
        if (user.IsActivated || user.DeactivatedAtUtc is not null || user.Email is null)
        {
            return false;
        }

        user.ActivationSentAtUtc = clock.GetUtcNow().UtcDateTime;
        var updated = await users.UpdateSecurityStampAsync(user);
        if (updated.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.ConcurrencyFailure)))
        {
            // Another request (a double submit of the registration, say) changed the account a moment ago: start
            // again from what it saved, once.
            await db.Entry(user).ReloadAsync(cancellationToken);
            if (user.IsActivated || user.DeactivatedAtUtc is not null)
            {
                return false;
            }

            user.ActivationSentAtUtc = clock.GetUtcNow().UtcDateTime;
            updated = await users.UpdateSecurityStampAsync(user);
        }

        if (!updated.Succeeded)
        {
            throw new InvalidOperationException(string.Join(" ", updated.Errors.Select(e => e.Description)));
        }

        var token = await users.GenerateEmailConfirmationTokenAsync(user);
        var link = links.Absolute(ActivatePath, new Dictionary<string, string?>
        {
            ["user"] = user.Id.ToString(),
            ["token"] = PortalLinks.EncodeToken(token),
        });
        mailer.Queue(user.Email, "Activation de votre compte OpenChorus", $"""
            Bonjour {user.DisplayName},

            Un compte OpenChorus a été créé avec l'adresse de connexion {user.Email}.
            Pour l'activer et choisir votre mot de passe, suivez ce lien :
            {link}

            Vous disposez de 60 minutes à partir de l'envoi du message pour activer votre compte.
            Passé ce délai, demandez un nouveau lien depuis la page de connexion (« Lien d'activation perdu ? »).

            Si vous n'êtes pas à l'origine de cette demande, ignorez ce message.
            """);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>True while the last link sent is within its 60 minutes.</summary>
    public bool IsCurrent(AppUser user) =>
        user.ActivationSentAtUtc is { } sent && clock.GetUtcNow().UtcDateTime - sent <= AccountsOptions.LinkValidity;
}
