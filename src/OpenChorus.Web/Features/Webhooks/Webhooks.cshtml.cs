using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.EntityFrameworkCore;
using OpenChorus.Web.Data;
using OpenChorus.Web.Features.Structures;
using OpenChorus.Web.Features.Structures.Access;
using OpenChorus.Web.Features.Structures.Manage;

namespace OpenChorus.Web.Features.Webhooks;

/// <summary>
/// "Raccordements" > "Webhooks" of a structure, for its gestionnaires only (others get 404): the endpoints and their
/// last result, adding one (its secret shown once), deactivating or deleting it, the recent deliveries and "Rejouer".
/// A gestionnaire without any space in Modification on the structure is told so and changes nothing.
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

    /// <summary>The gestionnaire has at least one space in Modification on the structure: they may manage its webhooks.</summary>
    public bool CanManage { get; private set; }

    public const string NoModificationSpace =
        "Pour gérer les webhooks de la structure, vous devez disposer d'au moins un espace en mode Modification sur celle-ci.";

    private string Back => $"/structures/manage/{StructureId}/raccordements/webhooks";

    public override Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next) =>
        base.OnPageHandlerExecutionAsync(context, async () =>
        {
            CanManage = await Access.CanModifyAnySpaceAsync(User.UserId(), StructureId, HttpContext.RequestAborted);
            return await next();
        });

    public Task OnGetAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAddAsync([FromServices] RegisterWebhook register, CancellationToken cancellationToken)
    {
        if (!CanManage)
        {
            return Refused();
        }

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
        !CanManage ? Refused() : Done(await handler.HandleAsync(StructureId, endpointId, change, cancellationToken), change switch
        {
            WebhookChange.Deactivate => "Le webhook est désactivé : il ne reçoit plus d'évènement.",
            WebhookChange.Activate => "Le webhook est réactivé.",
            WebhookChange.Delete => "Le webhook est supprimé.",
        }, Back);

    public async Task<IActionResult> OnPostPingAsync(int endpointId, [FromServices] ReplayDelivery handler, CancellationToken cancellationToken) =>
        !CanManage ? Refused() : Done(await handler.PingAsync(StructureId, endpointId, cancellationToken), "L'évènement de test est en file d'envoi.", Back);

    public async Task<IActionResult> OnPostReplayAsync(long deliveryId, [FromServices] ReplayDelivery handler, CancellationToken cancellationToken) =>
        !CanManage ? Refused() : Done(await handler.HandleAsync(StructureId, deliveryId, cancellationToken), "L'envoi est remis en file : il part à la prochaine tentative.", Back);

    private IActionResult Refused() => Done(Outcome.Fail(NoModificationSpace), "", Back);

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        StructureName = await db.Structures.Where(s => s.Id == StructureId).Select(s => s.CompanyName).SingleAsync(cancellationToken);
        if (!CanManage)
        {
            return;
        }

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
