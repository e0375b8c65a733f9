namespace OpenChorus.Web.Features.Api.Factures.Read;

/// <summary>The criteria every invoice search of the API may give, already read from its request; empty ones do not
/// filter. Ids name structures and services of ours; they only narrow what the caller's scope shows.</summary>
public sealed record SearchCriteria
{
    public IReadOnlyList<string> Statuses { get; init; } = [];

    public string? Number { get; init; }

    /// <summary>numeroFluxDepot when given: the flux it names (null when it names none, so nothing matches).</summary>
    public (bool Given, long? Id) Flux { get; init; }

    public IReadOnlyList<string> Kinds { get; init; } = [];

    public string? Frame { get; init; }

    public string? DepositMode { get; init; }

    public string? RequestType { get; init; }

    public IReadOnlyList<long> SupplierIds { get; init; } = [];

    public IReadOnlyList<long> RecipientIds { get; init; } = [];

    public IReadOnlyList<long> ServiceIds { get; init; } = [];

    public long? ValidatorId { get; init; }

    public DateOnly? DepositFrom { get; init; }

    public DateOnly? DepositTo { get; init; }

    public DateOnly? IssueFrom { get; init; }

    public DateOnly? IssueTo { get; init; }

    public DateTime? StateFrom { get; init; }

    public DateTime? StateTo { get; init; }

    public decimal? ExclusiveMin { get; init; }

    public decimal? ExclusiveMax { get; init; }

    public decimal? InclusiveMin { get; init; }

    public decimal? InclusiveMax { get; init; }

    public decimal? DueMin { get; init; }

    public decimal? DueMax { get; init; }

    public string? Contract { get; init; }

    public string? Engagement { get; init; }

    public bool? RejectionAcknowledged { get; init; }

    public bool? Downloaded { get; init; }

    /// <summary>Ids given as 0 or negative by clients that serialise every field mean "no criterion".</summary>
    public static IReadOnlyList<long> Ids(IEnumerable<long?>? ids) =>
        ids?.Where(id => id is > 0).Select(id => id!.Value).Distinct().ToList() ?? [];
}
