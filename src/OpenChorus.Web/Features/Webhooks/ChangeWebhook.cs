using Microsoft.EntityFrameworkCore;
using OpenChorus.Web.Data;
using OpenChorus.Web.Features.Structures;

namespace OpenChorus.Web.Features.Webhooks;

public enum WebhookChange
{
    /// <summary>No new event is queued for it, and its waiting deliveries stay waiting.</summary>
    Deactivate,

    Activate,

    /// <summary>The endpoint and its deliveries' history go.</summary>
    Delete,
}

/// <summary>"Désactiver", "Réactiver", "Supprimer" one of the structure's webhooks; another structure's is unknown.</summary>
public sealed class ChangeWebhook(AppDbContext db)
{
    public async Task<Outcome> HandleAsync(int structureId, int endpointId, WebhookChange change, CancellationToken cancellationToken)
    {
        var endpoint = await db.Set<WebhookEndpoint>().SingleOrDefaultAsync(e => e.Id == endpointId && e.StructureId == structureId, cancellationToken);
        if (endpoint is null)
        {
            return Outcome.Denied();
        }

        switch (change)
        {
            case WebhookChange.Delete:
                db.Remove(endpoint);
                break;
            case WebhookChange.Activate or WebhookChange.Deactivate:
                endpoint.Active = change == WebhookChange.Activate;
                break;
        }

        await db.SaveChangesAsync(cancellationToken);
        return Outcome.Ok(endpoint.Id);
    }
}
