using OpenChorus.Web.Features.Api.Transverses.Referentiels;
using OpenChorus.Web.Features.Api.Wire;

namespace OpenChorus.Web.Features.Api.Transverses;

/// <summary><c>rechercher/categorieSollicitation</c> and <c>rechercher/sousCategorieSollicitation</c>: the fixed lists
/// a support request (sollicitation) is filed under, filtered by code or libellé and paged.</summary>
public static class RechercherCategoriesSollicitation
{
    private static readonly DateTime Published = new(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    public static RouteGroupBuilder MapCategoriesSollicitation(this RouteGroupBuilder transverses)
    {
        transverses.MapCproPost<CategoriesRequest, ListeCategoriesAnswer>("rechercher/categorieSollicitation", (r, _, _, _) => Task.FromResult(Categories(r)));
        transverses.MapCproPost<SousCategoriesRequest, ListeSousCategoriesAnswer>("rechercher/sousCategorieSollicitation", (r, _, _, _) => Task.FromResult(SousCategories(r)));
        return transverses;
    }

    private static IResult Categories(CategoriesRequest request)
    {
        var found = CategoriesSollicitation.Categories
            .Where(c => Matches(c.Code, request.CodeCategorie) && Contains(c.Libelle, request.LibelleCategorie) && request.EstActif is null or true)
            .Select(c => new CategorieSollicitation(c.Code, c.Libelle, c.Id)).ToList();
        var paging = CproPaging.Of(request.Pagination);
        var answer = new ListeCategoriesAnswer { ListeCategories = found.Skip(paging.Skip).Take(paging.Size).ToList(), ParametresRetour = paging.Result(found.Count) };
        return found.Count == 0 ? CproResults.NoResult(answer) : CproResults.Ok(answer);
    }

    private static IResult SousCategories(SousCategoriesRequest request)
    {
        var found = CategoriesSollicitation.SousCategories
            .Where(s => (request.IdTechniqueCategorie is null or 0 || s.CategorieId == request.IdTechniqueCategorie)
                        && Matches(s.Code, request.Code) && Contains(s.Libelle, request.Libelle) && request.EstActif is null or true)
            .Select(s => new SousCategoriesSollicitation(
                CategoriesSollicitation.Categories.Where(c => c.Id == s.CategorieId).Select(c => new CategorieSollicitation(c.Code, c.Libelle, c.Id)).ToList(),
                [new SousCategorieSollicitation(s.Code, s.Libelle, s.CategorieId, true, CproDates.OffsetSeconds(Published), CproDates.OffsetSeconds(Published))]))
            .ToList();
        var paging = CproPaging.Of(request.Pagination);
        var answer = new ListeSousCategoriesAnswer { ListeSousCategories = found.Skip(paging.Skip).Take(paging.Size).ToList(), ParametresRetour = paging.Result(found.Count) };
        return found.Count == 0 ? CproResults.NoResult(answer) : CproResults.Ok(answer);
    }

    private static bool Matches(string code, string? wanted) => string.IsNullOrWhiteSpace(wanted) || code.Equals(wanted.Trim(), StringComparison.OrdinalIgnoreCase);

    private static bool Contains(string libelle, string? wanted) => string.IsNullOrWhiteSpace(wanted) || libelle.Contains(wanted.Trim(), StringComparison.OrdinalIgnoreCase);
}

public sealed class CategoriesRequest
{
    public string? CodeCategorie { get; set; }

    public bool? EstActif { get; set; }

    public string? LibelleCategorie { get; set; }

    public CproPaging? Pagination { get; set; }
}

public sealed class SousCategoriesRequest
{
    public string? Code { get; set; }

    public bool? EstActif { get; set; }

    public long? IdTechniqueCategorie { get; set; }

    public string? Libelle { get; set; }

    public CproPaging? Pagination { get; set; }
}

public sealed class ListeCategoriesAnswer : CproAnswer
{
    public List<CategorieSollicitation> ListeCategories { get; init; } = [];

    public CproPageInfo? ParametresRetour { get; init; }
}

public sealed record CategorieSollicitation(string CodeCategorie, string LibelleCategorie, long IdTechniqueCategorie);

public sealed class ListeSousCategoriesAnswer : CproAnswer
{
    public List<SousCategoriesSollicitation> ListeSousCategories { get; init; } = [];

    public CproPageInfo? ParametresRetour { get; init; }
}

/// <summary>go-choruspro's shape: the category and the sub-category each in a one-element array.</summary>
public sealed record SousCategoriesSollicitation(List<CategorieSollicitation> Categorie, List<SousCategorieSollicitation> SsCategorie);

public sealed record SousCategorieSollicitation(
    string Code, string Libelle, long IdTechniqueCategorie, bool EstActif, string DateCreation, string DateDerniereModification);
