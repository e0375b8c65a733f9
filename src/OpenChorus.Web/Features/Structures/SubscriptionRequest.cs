namespace OpenChorus.Web.Features.Structures;

/// <summary>Demande d'abonnement: a user asks for an espace that needs a manager's validation.</summary>
public sealed class SubscriptionRequest
{
    public int Id { get; init; }

    public int StructureId { get; set; }

    public Guid UserId { get; set; }

    public Space Space { get; set; }

    public AccessMode Mode { get; set; }

    public RequestStatus Status { get; set; }

    public DateTime RequestedAtUtc { get; set; }

    public DateTime? DecidedAtUtc { get; set; }

    public Guid? DecidedByUserId { get; set; }

    public string? RefusalReason { get; set; }
}
