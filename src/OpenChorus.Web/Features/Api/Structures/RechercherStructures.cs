using Microsoft.EntityFrameworkCore;
using OpenChorus.Web.Data;
using OpenChorus.Web.Features.Api.Accounts;
using OpenChorus.Web.Features.Api.Wire;
using OpenChorus.Web.Features.Structures;

namespace OpenChorus.Web.Features.Api.Structures;

/// <summary><c>POST /cpro/structures/v1/rechercher</c> (rechercherStructure): structures by identifier, name, address,
/// type and status, among those the technical account may see (<see cref="StructureLookup"/>).</summary>
public static class RechercherStructures
{
    public static async Task<IResult> HandleAsync(RechercherStructuresRequest request, CproCaller caller, HttpContext http, CancellationToken cancellationToken)
    {
        var db = http.RequestServices.GetRequiredService<AppDbContext>();
        var paging = CproPaging.Of(request.Parametres);
        var query = Filter(db.Structures.AsNoTracking().VisibleTo(db, caller.UserId), request.Structure ?? new());
        var total = await query.CountAsync(cancellationToken);
        var page = await Sort(query, paging).Skip(paging.Skip).Take(paging.Size).ToListAsync(cancellationToken);
        var answer = new RechercherStructuresAnswer
        {
            ListeStructures = page.Select(s => new StructureAAfficher(
                s.Id, s.Identifier, s.CompanyName, StructureCodes.Status(s.IsActive), s.IdentifierType.Code())).ToList(),
            ParametresRetour = paging.Result(total),
        };
        return total == 0 ? CproResults.NoResult(answer) : CproResults.Ok(answer);
    }

    private static IQueryable<Structure> Filter(IQueryable<Structure> query, RechercherStructureInput input)
    {
        if (Text(input.IdentifiantStructure) is { } identifier)
        {
            var compact = identifier.Replace(" ", "", StringComparison.Ordinal);
            query = query.Where(s => s.Identifier.StartsWith(compact));
        }

        if (Text(input.TypeIdentifiantStructure) is { } typeCode)
        {
            var type = StructureCodes.IdentifierTypeFromCode(typeCode);
            query = type is { } t ? query.Where(s => s.IdentifierType == t) : query.Where(_ => false);
        }

        foreach (var name in new[] { input.RaisonSocialeStructure, input.LibelleStructure, input.NomStructure, input.PrenomStructure })
        {
            if (Text(name) is { } text)
            {
                var key = Structure.KeyOf(text);
                query = query.Where(s => s.CompanyNameKey.Contains(key));
            }
        }

        if (Text(input.AdresseCodePostal) is { } postalCode)
        {
            query = query.Where(s => s.PostalCode != null && s.PostalCode.StartsWith(postalCode));
        }

        if (Text(input.AdresseVille) is { } city)
        {
            var upper = city.ToUpperInvariant();
            // EF translates ToUpper() to SQL UPPER(); culture overloads do not translate.
#pragma warning disable CA1304, CA1311, CA1862
            query = query.Where(s => s.City != null && s.City.ToUpper().Contains(upper));
#pragma warning restore CA1304, CA1311, CA1862
        }

        if (Text(input.AdresseCodePays) is { } country)
        {
            var code = country.ToUpperInvariant();
            query = query.Where(s => s.CountryCode == code);
        }

        query = Text(input.TypeStructure)?.ToUpperInvariant() switch
        {
            "PUBLIQUE" => query.Where(s => s.IsPublic),
            "PRIVEE" => query.Where(s => !s.IsPublic),
            _ => query,
        };
        return Text(input.StatutStructure)?.ToUpperInvariant() switch
        {
            "ACTIF" or "ACTIVE" => query.Where(s => s.IsActive),
            "INACTIF" or "INACTIVE" => query.Where(s => !s.IsActive),
            _ => query,
        };
    }

    private static IQueryable<Structure> Sort(IQueryable<Structure> query, CproPaging paging)
    {
        var ordered = paging.TriColonne?.Trim().ToUpperInvariant() switch
        {
            "DESIGNATIONSTRUCTURE" => paging.Descending ? query.OrderByDescending(s => s.CompanyName) : query.OrderBy(s => s.CompanyName),
            "TYPEIDENTIFIANTSTRUCTURE" => paging.Descending ? query.OrderByDescending(s => s.IdentifierType) : query.OrderBy(s => s.IdentifierType),
            "STATUT" => paging.Descending ? query.OrderBy(s => s.IsActive) : query.OrderByDescending(s => s.IsActive),
            _ => paging.Descending ? query.OrderByDescending(s => s.Identifier) : query.OrderBy(s => s.Identifier),
        };
        return ordered.ThenBy(s => s.Id);
    }

    private static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

public sealed class RechercherStructuresRequest
{
    public CproPaging? Parametres { get; set; }

    public bool? RestreindreStructuresPrivees { get; set; }

    public RechercherStructureInput? Structure { get; set; }
}

public sealed class RechercherStructureInput
{
    public string? AdresseCodePays { get; set; }

    public string? AdresseCodePostal { get; set; }

    public string? AdresseVille { get; set; }

    public bool? EstMOA { get; set; }

    public bool? EstMOAUniquement { get; set; }

    public string? IdentifiantStructure { get; set; }

    public string? LibelleStructure { get; set; }

    public string? NomStructure { get; set; }

    public string? PrenomStructure { get; set; }

    public string? RaisonSocialeStructure { get; set; }

    /// <summary>ACTIF or INACTIF.</summary>
    public string? StatutStructure { get; set; }

    public string? TypeIdentifiantStructure { get; set; }

    /// <summary>PUBLIQUE or PRIVEE.</summary>
    public string? TypeStructure { get; set; }
}

public sealed class RechercherStructuresAnswer : CproAnswer
{
    public List<StructureAAfficher> ListeStructures { get; init; } = [];

    public CproPageInfo? ParametresRetour { get; init; }
}

/// <summary>One structure found; <c>statut</c> is ACTIVE or INACTIVE.</summary>
public sealed record StructureAAfficher(long IdStructureCPP, string IdentifiantStructure, string DesignationStructure, string Statut, string TypeIdentifiantStructure);
