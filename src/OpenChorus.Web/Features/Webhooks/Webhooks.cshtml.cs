using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using OpenChorus.Web.Data;
using OpenChorus.Web.Features.Structures;
using OpenChorus.Web.Features.Structures.Access;
using OpenChorus.Web.Features.Structures.Manage;

namespace OpenChorus.Web.Features.Webhooks;

/// <summary>
/// "Raccordements" > "Webhooks" of a structure, for its gestionnaires only (others get 404): the endpoints and their
/// last result, adding one (its secret shown once), deactivating or deleting it, the recent deliveries and "Rejouer".
/// </summary>
public sealed class WebhooksModel(AppDbContext db, WebhookQueries queries, AccessService access) : ManagerPageModel(access)
{
    public string StructureName { get; private set; } = "";

    public IReadOnlyList<EndpointRow> Endpoints { get; private set; } = [];

    public IReadOnlyList<DeliveryRow> Deliveries { get; private set; } = [];

    [BindProperty]
    public WebhookForm Form { get; set; } = new();

    /// <summary>The secret of the endpoint just added: on this answer only, never again.</summary>
    public string? NewSecret { get; private set; }

    private string Back => $"/structures/manage/{StructureId}/raccordements/webhooks";

    public Task OnGetAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAddAsync([FromServices] RegisterWebhook register, CancellationToken cancellationToken)
    {
        var registered = await register.HandleAsync(User.UserId(), StructureId, Form.Url, Form.Events, cancellationToken);
        if (registered.Outcome.Succeeded)
        {
            NewSecret = registered.Secret;
            Form = new WebhookForm();
            ModelState.Clear();
        }
        else
        {
            ModelState.AddOutcome(registered.Outcome, nameof(Form));
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostChangeAsync(int endpointId, WebhookChange change, [FromServices] ChangeWebhook handler, CancellationToken cancellationToken) =>
        Done(await handler.HandleAsync(StructureId, endpointId, change, cancellationToken), change switch
        {
            WebhookChange.Deactivate => "Le webhook est désactivé : il ne reçoit plus d'évènement.",
            WebhookChange.Activate => "Le webhook est réactivé.",
            WebhookChange.Delete => "Le webhook est supprimé.",
        }, Back);

    public async Task<IActionResult> OnPostPingAsync(int endpointId, [FromServices] ReplayDelivery handler, CancellationToken cancellationToken) =>
        Done(await handler.PingAsync(StructureId, endpointId, cancellationToken), "L'évènement de test est en file d'envoi.", Back);

    public async Task<IActionResult> OnPostReplayAsync(long deliveryId, [FromServices] ReplayDelivery handler, CancellationToken cancellationToken) =>
        Done(await handler.HandleAsync(StructureId, deliveryId, cancellationToken), "L'envoi est remis en file : il part à la prochaine tentative.", Back);

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        StructureName = await db.Structures.Where(s => s.Id == StructureId).Select(s => s.CompanyName).SingleAsync(cancellationToken);
        Endpoints = await queries.EndpointsAsync(StructureId, cancellationToken);
        Deliveries = await queries.DeliveriesAsync(StructureId, null, cancellationToken) ?? [];
    }
}

/// <summary>"Ajouter un webhook": every event ticked at first.</summary>
public sealed class WebhookForm
{
    public string? Url { get; set; }

    public List<string> Events { get; set; } = [.. WebhookEvents.Subscribable.Select(e => e.Type)];
}
