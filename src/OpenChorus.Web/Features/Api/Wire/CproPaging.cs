namespace OpenChorus.Web.Features.Api.Wire;

/// <summary>The paging object every search takes, whatever its name in the request (parametres, paramRecherche,
/// parametresRecherche…). Pages count from 1; missing or zero values take the defaults.</summary>
public sealed class CproPaging
{
    public const int DefaultPageSize = 100;
    public const int MaxPageSize = 10_000;

    public int? PageResultatDemandee { get; set; }

    public int? NbResultatsParPage { get; set; }

    public string? TriColonne { get; set; }

    public string? TriSens { get; set; }

    /// <summary>go-choruspro's spelling of <see cref="TriSens"/>.</summary>
    public string? TriSense { get; set; }

    public int? NbResultatsMaximum { get; set; }

    public int Page => PageResultatDemandee is > 0 ? PageResultatDemandee.Value : 1;

    public int Size => Math.Min(NbResultatsParPage is > 0 ? NbResultatsParPage.Value : DefaultPageSize, MaxPageSize);

    public bool Descending => (TriSens ?? TriSense)?.Trim().StartsWith("Desc", StringComparison.OrdinalIgnoreCase) == true;

    public int Skip => (Page - 1) * Size;

    /// <summary>The output paging for <paramref name="total"/> results.</summary>
    public CproPageInfo Result(int total) => new()
    {
        PageCourante = Page,
        Pages = Math.Max(1, (int)Math.Ceiling(total / (double)Size)),
        NbResultatsParPage = Size,
        Total = total,
    };

    public static CproPaging Of(CproPaging? paging) => paging ?? new CproPaging();
}

/// <summary><c>parametresRetour</c>: where the page is in the results.</summary>
public sealed class CproPageInfo
{
    public int PageCourante { get; set; }

    public int Pages { get; set; }

    public int NbResultatsParPage { get; set; }

    public int Total { get; set; }
}
