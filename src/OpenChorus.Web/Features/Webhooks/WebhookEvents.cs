namespace OpenChorus.Web.Features.Webhooks;

/// <summary>The event types a structure may subscribe to, with their label in the portal.</summary>
public static class WebhookEvents
{
    /// <summary>An invoice of the structure (as supplier or as recipient) changed status.</summary>
    public const string InvoiceStatus = "facture.statut";

    /// <summary>A flux (deposit) was integrated: every invoice in it was created (compte rendu IN_INTEGRE).</summary>
    public const string FluxIntegrated = "flux.integre";

    /// <summary>A lot was partly integrated: its good invoices were created, the others rejected (IN_INTEGRE_PARTIEL).</summary>
    public const string FluxPartlyIntegrated = "flux.integre_partiel";

    /// <summary>A flux was rejected as a whole (IN_REJETE).</summary>
    public const string FluxRejected = "flux.rejete";

    /// <summary>"Envoyer un évènement de test": sent to one endpoint whatever it subscribed to.</summary>
    public const string Ping = "ping";

    public static readonly IReadOnlyList<(string Type, string Label)> Subscribable =
    [
        (InvoiceStatus, "Changement de statut d'une facture"),
        (FluxIntegrated, "Flux intégré"),
        (FluxPartlyIntegrated, "Flux partiellement intégré"),
        (FluxRejected, "Flux rejeté"),
    ];

    public static string Label(string type) =>
        type == Ping ? "Évènement de test" : Subscribable.FirstOrDefault(e => e.Type == type).Label ?? type;

    /// <summary>The event of a flux's final compte rendu state (IN_INTEGRE, IN_INTEGRE_PARTIEL, IN_REJETE).</summary>
    public static string OfFluxState(string state) => state switch
    {
        "IN_INTEGRE" => FluxIntegrated,
        "IN_INTEGRE_PARTIEL" => FluxPartlyIntegrated,
        "IN_REJETE" => FluxRejected,
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, "Only a flux's final state has an event."),
    };
}
