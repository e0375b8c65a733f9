using Microsoft.EntityFrameworkCore;
using OpenChorus.Web.Data;
using OpenChorus.Web.Features.Api.Accounts;
using OpenChorus.Web.Features.Api.Wire;
using OpenChorus.Web.Features.Structures;

namespace OpenChorus.Web.Features.Api.Transverses;

/// <summary><c>POST /cpro/transverses/v1/rechercher/destinataire</c>: the active public structures, by identifier
/// (SIRET, its start) and by a name, city or postal code, as the portal's annuaire finds them.</summary>
public static class RechercherDestinataires
{
    public static async Task<IResult> HandleAsync(RechercherDestinatairesRequest request, CproCaller caller, HttpContext http, CancellationToken cancellationToken)
    {
        var db = http.RequestServices.GetRequiredService<AppDbContext>();
        var paging = CproPaging.Of(request.ParametresRecherche);
        var query = db.Structures.AsNoTracking().Where(s => s.IsPublic && s.IsActive);
        if (!string.IsNullOrWhiteSpace(request.Identifiant))
        {
            var identifier = request.Identifiant.Replace(" ", "", StringComparison.Ordinal);
            query = query.Where(s => s.Identifier.StartsWith(identifier));
        }

        if (!string.IsNullOrWhiteSpace(request.NomVilleCodePostal))
        {
            var text = request.NomVilleCodePostal.Trim();
            var key = Structure.KeyOf(text);
            // EF translates ToUpper() to SQL UPPER(); culture overloads do not translate.
#pragma warning disable CA1304, CA1311, CA1862
            query = query.Where(s => s.CompanyNameKey.Contains(key) || (s.PostalCode != null && s.PostalCode.StartsWith(text))
                                     || (s.City != null && s.City.ToUpper().Contains(key)));
#pragma warning restore CA1304, CA1311, CA1862
        }

        var total = await query.CountAsync(cancellationToken);
        var ordered = paging.TriColonne?.Trim().ToUpperInvariant() switch
        {
            "SIRET" or "IDENTIFIANT" => paging.Descending ? query.OrderByDescending(s => s.Identifier) : query.OrderBy(s => s.Identifier),
            _ => paging.Descending ? query.OrderByDescending(s => s.CompanyName) : query.OrderBy(s => s.CompanyName),
        };
        var page = await ordered.ThenBy(s => s.Id).Skip(paging.Skip).Take(paging.Size)
            .Select(s => new DestinataireRecherche(s.Id, s.Identifier, s.CompanyName, s.PostalCode, s.City))
            .ToListAsync(cancellationToken);
        var answer = new RechercherDestinatairesAnswer { ListeDestinataires = page, ParametresRetour = paging.Result(total) };
        return total == 0 ? CproResults.NoResult(answer) : CproResults.Ok(answer);
    }
}

public sealed class RechercherDestinatairesRequest
{
    public string? Identifiant { get; set; }

    public string? NomVilleCodePostal { get; set; }

    public string? TypeStructure { get; set; }

    public CproPaging? ParametresRecherche { get; set; }
}

public sealed class RechercherDestinatairesAnswer : CproAnswer
{
    public List<DestinataireRecherche> ListeDestinataires { get; init; } = [];

    public CproPageInfo? ParametresRetour { get; init; }
}

public sealed record DestinataireRecherche(long IdStructureCPP, string Siret, string NomDestinataire, string? AdresseCodePostal, string? AdresseVille);
