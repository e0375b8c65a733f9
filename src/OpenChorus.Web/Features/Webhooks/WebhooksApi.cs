using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using OpenChorus.Web.Features.Api.Wire;
using OpenChorus.Web.Features.Structures.Access;

namespace OpenChorus.Web.Features.Webhooks;

public sealed record WebhookRequest(string? Url, IReadOnlyList<string>? Events);

public sealed record WebhookResponse(int Id, string Url, IReadOnlyList<string> Events, bool Active, DateTime CreatedAt, DeliveryResponse? LastDelivery);

/// <summary>The new webhook, with its signing secret: this answer is the only one that carries it.</summary>
public sealed record CreatedWebhookResponse(int Id, string Url, IReadOnlyList<string> Events, string Secret);

public sealed record DeliveryResponse(
    long Id, Guid EventId, string EventType, string State, DateTime CreatedAt, int Attempts, int? LastStatusCode, string? LastError,
    DateTime? NextAttemptAt, DateTime? DeliveredAt);

/// <summary>
/// Our own JSON routes (not Chorus Pro's) for the webhooks of the technical account's structure, behind the same gate
/// as the Chorus Pro API (bearer token and <c>cpro-account</c>); errors are ProblemDetails in French.
/// </summary>
public static class WebhooksApi
{
    public static WebApplication MapWebhooksApi(this WebApplication app)
    {
        var group = app.MapGroup("/api/v1/webhooks").AddEndpointFilter(CproAccess.FilterAsync).AddEndpointFilter(RequireModificationAsync)
            .DisableAntiforgery().WithTags("Webhooks").ProducesProblem(StatusCodes.Status403Forbidden);
        group.MapGet("", ListAsync).WithSummary("Les webhooks de la structure du compte technique, avec leur dernier envoi.");
        group.MapPost("", CreateAsync).Accepts<WebhookRequest>("application/json").WithSummary("Déclare un webhook ; la réponse contient son secret de signature, une seule fois.");
        group.MapDelete("{id:int}", DeleteAsync).WithSummary("Supprime un webhook et l'historique de ses envois.");
        group.MapGet("{id:int}/deliveries", DeliveriesAsync).WithSummary("Les 50 derniers envois d'un webhook.");
        group.MapPost("deliveries/{id:long}/replay", ReplayAsync).WithSummary("Remet en file un envoi livré ou en échec.");
        return app;
    }

    /// <summary>Like the page's managers, a technical account manages the webhooks only when it may act (Modification)
    /// in at least one space of its structure.</summary>
    private static async ValueTask<object?> RequireModificationAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var caller = CproAccess.CallerOf(http);
        return await http.RequestServices.GetRequiredService<AccessService>().CanModifyAnySpaceAsync(caller.UserId, caller.StructureId, http.RequestAborted)
            ? await next(context)
            : TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Accès refusé.",
                detail: "Pour gérer les webhooks de sa structure, le compte technique doit avoir au moins un espace en mode Modification.");
    }

    private static async Task<Ok<List<WebhookResponse>>> ListAsync(HttpContext http, WebhookQueries queries, CancellationToken cancellationToken)
    {
        var endpoints = await queries.EndpointsAsync(CproAccess.CallerOf(http).StructureId, cancellationToken);
        return TypedResults.Ok(endpoints.Select(e => new WebhookResponse(e.Id, e.Url, e.Events, e.Active, Utc(e.CreatedAtUtc), Of(e.LastDelivery))).ToList());
    }

    private static async Task<Results<Created<CreatedWebhookResponse>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        HttpContext http, RegisterWebhook register, CancellationToken cancellationToken)
    {
        WebhookRequest? request;
        try
        {
            request = await http.Request.ReadFromJsonAsync<WebhookRequest>(Json, cancellationToken);
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Requête illisible.",
                detail: "Le corps doit être un objet JSON : { \"url\": \"https://…\", \"events\": [\"facture.statut\"] }.");
        }

        request ??= new WebhookRequest(null, null);
        var caller = CproAccess.CallerOf(http);
        var (outcome, secret, endpoint) = await register.HandleAsync(caller.UserId, caller.StructureId, request.Url, request.Events, cancellationToken);
        if (!outcome.Succeeded)
        {
            return TypedResults.ValidationProblem(
                outcome.Errors.GroupBy(e => e.Field.Length == 0 ? "" : char.ToLowerInvariant(e.Field[0]) + e.Field[1..])
                    .ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()),
                title: "Le webhook n'est pas enregistré.");
        }

        return TypedResults.Created($"/api/v1/webhooks/{endpoint!.Id}", new CreatedWebhookResponse(endpoint.Id, endpoint.Url, endpoint.Events, secret!));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(int id, HttpContext http, ChangeWebhook change, CancellationToken cancellationToken)
    {
        var outcome = await change.HandleAsync(CproAccess.CallerOf(http).StructureId, id, WebhookChange.Delete, cancellationToken);
        return outcome.Succeeded ? TypedResults.NoContent() : NoSuchWebhook();
    }

    private static async Task<Results<Ok<List<DeliveryResponse>>, ProblemHttpResult>> DeliveriesAsync(
        int id, HttpContext http, WebhookQueries queries, CancellationToken cancellationToken)
    {
        var deliveries = await queries.DeliveriesAsync(CproAccess.CallerOf(http).StructureId, id, cancellationToken);
        return deliveries is null ? NoSuchWebhook() : TypedResults.Ok(deliveries.Select(d => Of(d)!).ToList());
    }

    private static async Task<Results<Accepted, ProblemHttpResult>> ReplayAsync(long id, HttpContext http, ReplayDelivery replay, CancellationToken cancellationToken)
    {
        var outcome = await replay.HandleAsync(CproAccess.CallerOf(http).StructureId, id, cancellationToken);
        return outcome switch
        {
            { IsDenied: true } => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Envoi inconnu.",
                detail: $"La structure du compte technique n'a pas d'envoi n° {id}."),
            { Succeeded: false } => TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "L'envoi ne peut pas être rejoué.", detail: outcome.Message),
            _ => TypedResults.Accepted((string?)null),
        };
    }

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private static ProblemHttpResult NoSuchWebhook() =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Webhook inconnu.",
            detail: "La structure du compte technique n'a pas de webhook sous ce numéro.");

    private static DeliveryResponse? Of(DeliveryRow? d) => d is null ? null
        : new DeliveryResponse(d.Id, d.EventId, d.EventType, d.State.ToString(), Utc(d.CreatedAtUtc), d.Attempts, d.LastStatusCode, d.LastError,
            d.NextAttemptAtUtc is { } next ? Utc(next) : null, d.DeliveredAtUtc is { } delivered ? Utc(delivered) : null);

    /// <summary>SQLite gives dates back without their kind; they are UTC, and the JSON says so ("Z").</summary>
    private static DateTime Utc(DateTime value) => DateTime.SpecifyKind(value, DateTimeKind.Utc);
}
