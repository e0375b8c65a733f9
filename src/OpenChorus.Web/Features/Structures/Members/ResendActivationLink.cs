using Microsoft.EntityFrameworkCore;
using OpenChorus.Web.Data;
using OpenChorus.Web.Features.Structures.Access;

namespace OpenChorus.Web.Features.Structures.Members;

/// <summary>
/// A manager resends the activation link of a user of their structure whose account is not activated yet
/// (DOMAIN.md §1.2, "Activités du gestionnaire").
/// </summary>
public sealed class ResendActivationLink(AppDbContext db, AccessService access)
{
    public async Task<Outcome> HandleAsync(Guid managerId, int structureId, Guid userId, CancellationToken cancellationToken)
    {
        if (!await access.IsManagerAsync(managerId, structureId, cancellationToken)
            || !await access.IsMemberAsync(userId, structureId, cancellationToken))
        {
            return Outcome.Denied();
        }

        var user = await db.Users.SingleAsync(u => u.Id == userId, cancellationToken);
        if (user.EmailConfirmed)
        {
            return Outcome.Fail("Ce compte est déjà activé.");
        }

        // ACTIVATION-RESEND CALL SITE: the Accounts capability (other branch) provides the service that sends a new
        // activation link to the login address. Wire it here, for example:
        //     await activationLinks.SendAsync(user, cancellationToken);
        //     return Outcome.Ok();
        // Until then nothing is sent, and the manager is told so.
        return Outcome.Fail("Le renvoi du lien d'activation n'est pas encore disponible sur cette plateforme.");
    }
}
