namespace OpenChorus.Web.Features.Structures;

/// <summary>Rôle d'un utilisateur sur une structure.</summary>
public enum StructureRole
{
    /// <summary>Utilisateur (simple).</summary>
    User,

    /// <summary>Gestionnaire secondaire.</summary>
    SecondaryManager,

    /// <summary>Gestionnaire principal: exactly one per structure.</summary>
    PrincipalManager,
}

/// <summary>Rattachement: a user attached to a structure, with a role.</summary>
public sealed class Membership
{
    public int Id { get; init; }

    public int StructureId { get; set; }

    public Structure? Structure { get; set; }

    public Guid UserId { get; set; }

    public StructureRole Role { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public bool IsManager => Role is StructureRole.PrincipalManager or StructureRole.SecondaryManager;
}
