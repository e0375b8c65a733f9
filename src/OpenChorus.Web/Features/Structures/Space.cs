namespace OpenChorus.Web.Features.Structures;

/// <summary>Espace (Chorus Pro): a set of features shown as a tab, opened on a structure and subscribed to by its users.</summary>
public enum Space
{
    /// <summary>Factures émises (supplier side).</summary>
    FacturesEmises,

    /// <summary>Factures reçues (recipient side).</summary>
    FacturesRecues,

    /// <summary>Factures à valider (prime contractor validates subcontractors).</summary>
    FacturesAValider,

    /// <summary>Factures de travaux.</summary>
    FacturesTravaux,

    /// <summary>Mémoires de frais de justice.</summary>
    MemoiresFraisJustice,

    /// <summary>Remboursement de taxes (DémaTIC).</summary>
    RemboursementTaxes,

    /// <summary>Engagements.</summary>
    Engagements,

    /// <summary>Sollicitations émises.</summary>
    SollicitationsEmises,

    /// <summary>Sollicitations reçues.</summary>
    SollicitationsRecues,

    /// <summary>Raccordements (technical accounts, API access).</summary>
    Raccordements,
}

/// <summary>Mode d'abonnement à un espace.</summary>
public enum AccessMode
{
    Consultation,
    Modification,
}

/// <summary>An espace opened on a structure by one of its managers.</summary>
public sealed class StructureSpace
{
    public int Id { get; init; }

    public int StructureId { get; set; }

    public Structure? Structure { get; set; }

    public Space Space { get; set; }

    public DateTime OpenedAtUtc { get; set; }
}

/// <summary>Abonnement: a user's access to an espace of a structure, in Consultation or Modification mode.</summary>
public sealed class Subscription
{
    public int Id { get; init; }

    public int StructureId { get; set; }

    public Structure? Structure { get; set; }

    public Guid UserId { get; set; }

    public Space Space { get; set; }

    public AccessMode Mode { get; set; }

    public DateTime CreatedAtUtc { get; set; }
}
