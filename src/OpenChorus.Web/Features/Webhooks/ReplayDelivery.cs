using Microsoft.EntityFrameworkCore;
using OpenChorus.Web.Data;
using OpenChorus.Web.Features.Structures;

namespace OpenChorus.Web.Features.Webhooks;

/// <summary>
/// "Rejouer": a failed (or delivered) delivery goes back in the queue with a fresh series of attempts, same event id
/// and same body. "Envoyer un évènement de test": a <c>ping</c> to one endpoint.
/// </summary>
public sealed class ReplayDelivery(AppDbContext db, TimeProvider clock)
{
    public async Task<Outcome> HandleAsync(int structureId, long deliveryId, CancellationToken cancellationToken)
    {
        var delivery = await db.Set<WebhookDelivery>().Include(d => d.Endpoint)
            .SingleOrDefaultAsync(d => d.Id == deliveryId && d.Endpoint!.StructureId == structureId, cancellationToken);
        if (delivery is null)
        {
            return Outcome.Denied();
        }

        if (delivery.State == DeliveryState.Pending)
        {
            return Outcome.Fail("Cet envoi est déjà en attente : il partira à sa prochaine tentative.");
        }

        if (!delivery.Endpoint!.Active)
        {
            return Outcome.Fail("Ce webhook est désactivé : réactivez-le avant de rejouer l'envoi.");
        }

        delivery.Replay(clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        return Outcome.Ok();
    }

    public async Task<Outcome> PingAsync(int structureId, int endpointId, CancellationToken cancellationToken)
    {
        var endpoint = await db.Set<WebhookEndpoint>().SingleOrDefaultAsync(e => e.Id == endpointId && e.StructureId == structureId, cancellationToken);
        if (endpoint is null)
        {
            return Outcome.Denied();
        }

        if (!endpoint.Active)
        {
            return Outcome.Fail("Ce webhook est désactivé : réactivez-le avant de lui envoyer un évènement de test.");
        }

        var siret = await db.Structures.Where(s => s.Id == structureId).Select(s => s.Identifier).SingleAsync(cancellationToken);
        WebhookOutbox.EnqueueTo(db, endpoint, WebhookEvents.Ping, new { message = "Évènement de test envoyé depuis OpenChorus.", idWebhook = endpoint.Id, siret });
        await db.SaveChangesAsync(cancellationToken);
        return Outcome.Ok();
    }
}
