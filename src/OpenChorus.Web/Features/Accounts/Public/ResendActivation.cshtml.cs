using Microsoft.AspNetCore.Identity;

namespace OpenChorus.Web.Features.Accounts.Public;

/// <summary>"Lien d'activation perdu ?": always the same answer, a new link only when an account awaits activation.</summary>
public sealed class ResendActivationModel(UserManager<AppUser> users, ActivationLinks activation) : LinkRequestPageModel(users)
{
    public const string NeutralAnswer =
        "Si un compte non activé correspond à cette adresse, un nouveau lien d'activation vient d'y être envoyé. Il est valable 60 minutes.";

    protected override Task SendLinkAsync(AppUser user, CancellationToken cancellationToken) =>
        activation.SendAsync(user, cancellationToken);
}
