using Microsoft.AspNetCore.Identity;

namespace OpenChorus.Web.Features.Accounts.Public;

/// <summary>"Mot de passe oublié ?": always the same answer; a reset link goes to the login address of an active account.</summary>
public sealed class ForgotPasswordModel(UserManager<AppUser> users, PasswordResetLinks resetLinks) : LinkRequestPageModel(users)
{
    public const string NeutralAnswer =
        "Si un compte activé correspond à cette adresse, un lien de réinitialisation du mot de passe vient d'y être envoyé. Il est valable 60 minutes.";

    protected override Task SendLinkAsync(AppUser user, CancellationToken cancellationToken) =>
        resetLinks.SendAsync(user, cancellationToken);
}
