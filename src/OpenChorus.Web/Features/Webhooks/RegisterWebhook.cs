using Microsoft.EntityFrameworkCore;
using OpenChorus.Web.Data;
using OpenChorus.Web.Features.Structures;

namespace OpenChorus.Web.Features.Webhooks;

/// <summary>The new endpoint's id and its signing secret, in clear this once.</summary>
public sealed record RegisteredWebhook(Outcome Outcome, string? Secret, WebhookEndpoint? Endpoint = null);

/// <summary>
/// "Ajouter un webhook": an HTTPS address and the events it receives, for a structure the caller already proved it
/// manages (the page's manager check, or the API's technical account). Answers the secret once; only its protected
/// form is stored.
/// </summary>
public sealed class RegisterWebhook(AppDbContext db, WebhookUrls urls, WebhookSecrets secrets, TimeProvider clock)
{
    public const string UrlField = "Url";
    public const string EventsField = "Events";

    public async Task<RegisteredWebhook> HandleAsync(
        Guid actorUserId, int structureId, string? url, IReadOnlyCollection<string>? events, CancellationToken cancellationToken)
    {
        var errors = new List<OutcomeError>();
        if (urls.Refusal(url) is { } refusal)
        {
            errors.Add(new OutcomeError(UrlField, refusal));
        }

        var chosen = (events ?? []).Where(e => !string.IsNullOrWhiteSpace(e)).Select(e => e.Trim()).Distinct().ToList();
        var known = WebhookEvents.Subscribable.Select(e => e.Type).ToList();
        if (chosen.FirstOrDefault(e => !known.Contains(e)) is { } unknown)
        {
            errors.Add(new OutcomeError(EventsField, $"L'évènement « {unknown} » n'existe pas : choisissez parmi {string.Join(", ", known)}."));
        }
        else if (chosen.Count == 0)
        {
            errors.Add(new OutcomeError(EventsField, "Cochez au moins un évènement à recevoir."));
        }

        if (await db.Set<WebhookEndpoint>().CountAsync(e => e.StructureId == structureId, cancellationToken) >= WebhookEndpoint.MaxPerStructure)
        {
            errors.Add(new OutcomeError("", $"La structure a déjà {WebhookEndpoint.MaxPerStructure} webhooks : supprimez-en un avant d'en ajouter un autre."));
        }

        if (errors.Count > 0)
        {
            return new RegisteredWebhook(Outcome.Fail(errors), null);
        }

        var secret = WebhookSecrets.NewSecret();
        var endpoint = new WebhookEndpoint
        {
            StructureId = structureId,
            Url = url!.Trim(),
            ProtectedSecret = secrets.Protect(secret),
            EventTypes = string.Join(",", known.Where(chosen.Contains)),
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
            CreatedByUserId = actorUserId,
        };
        db.Add(endpoint);
        await db.SaveChangesAsync(cancellationToken);
        return new RegisteredWebhook(Outcome.Ok(endpoint.Id), secret, endpoint);
    }
}
