namespace OpenChorus.Web.Features.Structures;

public enum RequestStatus
{
    Pending,
    Accepted,
    Refused,
}

/// <summary>Demande de rattachement: a user asks to join a structure; a manager accepts or refuses it with a reason.</summary>
public sealed class AttachmentRequest
{
    public int Id { get; init; }

    public int StructureId { get; set; }

    public Structure? Structure { get; set; }

    public Guid UserId { get; set; }

    public RequestStatus Status { get; set; }

    public DateTime RequestedAtUtc { get; set; }

    public DateTime? DecidedAtUtc { get; set; }

    public Guid? DecidedByUserId { get; set; }

    public string? RefusalReason { get; set; }
}

/// <summary>Historique des actions du gestionnaire: who did what, when, on whom, on a structure.</summary>
public sealed class ManagerAction
{
    public long Id { get; init; }

    public int StructureId { get; set; }

    public Structure? Structure { get; set; }

    public Guid ActorUserId { get; set; }

    public Guid? TargetUserId { get; set; }

    /// <summary>A short French label, as shown in the history ("Rattachement accepté", "Espace ouvert"…).</summary>
    public required string Action { get; set; }

    public string? Details { get; set; }

    public DateTime AtUtc { get; set; }
}
