namespace OpenChorus.Web.Features.Structures;

/// <summary>Service of a structure (Chorus Pro "code service"): routes an invoice inside the structure.</summary>
public sealed class Service
{
    public int Id { get; init; }

    public int StructureId { get; set; }

    public Structure? Structure { get; set; }

    /// <summary><c>codeService</c>, at most 100 characters, unique in its structure.</summary>
    public required string Code { get; set; }

    /// <summary><c>libelleService</c>.</summary>
    public required string Name { get; set; }

    public bool IsActive { get; set; } = true;

    public DateOnly? ValidFrom { get; set; }

    public DateOnly? ValidTo { get; set; }

    /// <summary>Numéro d'engagement obligatoire for invoices to this service.</summary>
    public bool EngagementRequired { get; set; }

    /// <summary>The service reports the "Mise en paiement" status back.</summary>
    public bool ReportsPayment { get; set; } = true;
}
