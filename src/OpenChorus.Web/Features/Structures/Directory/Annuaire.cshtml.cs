using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OpenChorus.Web.Data;

namespace OpenChorus.Web.Features.Structures.Directory;

/// <summary>/annuaire: the directory of public recipients, searched by raison sociale, SIRET or postal code, with what
/// each one requires on an invoice (code service, numéro d'engagement) and its active services. The deposit and entry
/// forms link to it; typing the SIRET directly never needs it.</summary>
public sealed class AnnuaireModel(AppDbContext db, TimeProvider clock) : PageModel
{
    public const int MaxResults = 50;

    public string? Query { get; private set; }

    public IReadOnlyList<DirectoryEntry> Results { get; private set; } = [];

    public bool Truncated { get; private set; }

    public async Task OnGetAsync(string? q, CancellationToken cancellationToken)
    {
        Query = q?.Trim();
        if (string.IsNullOrEmpty(Query) || Query.Length < 2)
        {
            return;
        }

        var digits = Query.Replace(" ", "", StringComparison.Ordinal);
        var key = Structure.KeyOf(Query);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var structures = db.Structures.AsNoTracking().Where(s => s.IsPublic && s.IsActive);
        structures = digits.All(char.IsAsciiDigit)
            ? structures.Where(s => s.Identifier.StartsWith(digits) || s.PostalCode == digits)
            : structures.Where(s => s.CompanyNameKey.Contains(key));
        var found = await structures.OrderBy(s => s.CompanyName).Take(MaxResults + 1)
            .Select(s => new
            {
                s.Identifier,
                s.CompanyName,
                s.PostalCode,
                s.City,
                s.Parameters,
                Services = s.Services.Where(v => v.IsActive && (v.ValidFrom == null || v.ValidFrom <= today) && (v.ValidTo == null || v.ValidTo >= today))
                    .OrderBy(v => v.Code).Select(v => new DirectoryService(v.Code, v.Name, v.EngagementRequired)).ToList(),
            })
            .ToListAsync(cancellationToken);
        Truncated = found.Count > MaxResults;
        Results = found.Take(MaxResults)
            .Select(s => new DirectoryEntry(s.Identifier, s.CompanyName, s.PostalCode, s.City, Requirements(s.Parameters), s.Services))
            .ToList();
    }

    /// <summary>What the recipient's parameters ask of an invoice, in the portal's words.</summary>
    public static string Requirements(StructureParameters parameters)
    {
        var needs = new List<string>();
        if (parameters.ServiceCodeRequired)
        {
            needs.Add("code service obligatoire");
        }

        if (parameters.EngagementRequired)
        {
            needs.Add("numéro d'engagement obligatoire");
        }

        if (parameters.ServiceOrEngagementRequired)
        {
            needs.Add("code service ou numéro d'engagement");
        }

        return needs.Count == 0 ? "aucune exigence" : string.Join(", ", needs);
    }
}

public sealed record DirectoryEntry(string Siret, string Name, string? PostalCode, string? City, string Requirements, IReadOnlyList<DirectoryService> Services);

public sealed record DirectoryService(string Code, string Name, bool EngagementRequired);
