namespace OpenChorus.Web.Features.Invoices;

/// <summary>One line of an invoice's history: what happened, to which status, by whom, when, with what comment.</summary>
public sealed class InvoiceEvent
{
    public long Id { get; init; }

    public int InvoiceId { get; set; }

    public DateTime AtUtc { get; init; }

    /// <summary>The status after the action.</summary>
    public InvoiceStatus Status { get; init; }

    /// <summary>The action in the portal's words ("Envoi", "Suspension", "Validation tacite"…).</summary>
    public required string Action { get; init; }

    /// <summary>The user who acted; empty for the platform itself (routing, tacit validation).</summary>
    public Guid? ActorUserId { get; init; }

    /// <summary>The actor's name at the time ("Claire Lefèvre", "OpenChorus").</summary>
    public required string ActorName { get; init; }

    /// <summary>Motif, commentaire or complément d'information (at most 2,000 characters).</summary>
    public string? Comment { get; init; }
}
