using Microsoft.EntityFrameworkCore;
using OpenChorus.Web.Data;
using OpenChorus.Web.Features.Accounts;
using OpenChorus.Web.Features.Structures.Access;

namespace OpenChorus.Web.Features.Structures.Members;

/// <summary>
/// A manager resends the activation link of a user of their structure whose account is not activated yet
/// (DOMAIN.md §1.2, "Activités du gestionnaire").
/// </summary>
public sealed class ResendActivationLink(AppDbContext db, AccessService access, ActivationLinks activationLinks)
{
    public async Task<Outcome> HandleAsync(Guid managerId, int structureId, Guid userId, CancellationToken cancellationToken)
    {
        if (!await access.IsManagerAsync(managerId, structureId, cancellationToken)
            || !await access.IsMemberAsync(userId, structureId, cancellationToken))
        {
            return Outcome.Denied();
        }

        var user = await db.Users.SingleAsync(u => u.Id == userId, cancellationToken);
        return await activationLinks.SendAsync(user, cancellationToken)
            ? Outcome.Ok()
            : Outcome.Fail("Ce compte est déjà activé ou désactivé : aucun lien d'activation n'a été envoyé.");
    }
}
