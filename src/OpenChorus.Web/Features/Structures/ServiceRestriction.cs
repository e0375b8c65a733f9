namespace OpenChorus.Web.Features.Structures;

/// <summary>
/// A user of a structure limited to some of its services: in "Factures reçues" they see only the invoices addressed
/// to those services. A member without any row sees the whole structure.
/// </summary>
public sealed class ServiceRestriction
{
    public int Id { get; init; }

    public int StructureId { get; set; }

    public Guid UserId { get; set; }

    public int ServiceId { get; set; }
}
