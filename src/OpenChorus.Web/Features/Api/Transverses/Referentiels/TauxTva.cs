namespace OpenChorus.Web.Features.Api.Transverses.Referentiels;

/// <summary>
/// The VAT rates an invoice line may name by code (<c>lignePosteTauxTva</c> / <c>ligneTvaTaux</c>, recupererTauxTva):
/// TVA1 is Chorus Pro's published "Art 293B(FranchiseEnBase)" at 0; the others are the rates of French law
/// (metropolitan, Corsica, overseas departments). A rate outside the list goes in the <c>…TauxManuel</c> field.
/// </summary>
public static class TauxTva
{
    public static readonly IReadOnlyList<(Libelles Libelles, decimal Valeur)> Tous =
    [
        (new("TVA1", "Art 293B(FranchiseEnBase)", "Art 293B (VAT-free base allowance)"), 0m),
        (new("TVA2", "Taux particulier 2,1 %", "Special rate 2.1 %"), 2.1m),
        (new("TVA3", "Taux réduit 5,5 %", "Reduced rate 5.5 %"), 5.5m),
        (new("TVA4", "Taux intermédiaire 10 %", "Intermediate rate 10 %"), 10m),
        (new("TVA5", "Taux normal 20 %", "Standard rate 20 %"), 20m),
        (new("TVA6", "Taux zéro (exonération)", "Zero rate (exemption)"), 0m),
        (new("TVA7", "Corse 13 %", "Corsica 13 %"), 13m),
        (new("TVA8", "Corse 0,9 %", "Corsica 0.9 %"), 0.9m),
        (new("TVA9", "DOM taux normal 8,5 %", "Overseas departments standard rate 8.5 %"), 8.5m),
        (new("TVA10", "DOM taux réduit 2,1 %", "Overseas departments reduced rate 2.1 %"), 2.1m),
        (new("TVA11", "DOM taux particulier 1,75 %", "Overseas departments special rate 1.75 %"), 1.75m),
        (new("TVA12", "DOM taux particulier 1,05 %", "Overseas departments special rate 1.05 %"), 1.05m),
    ];

    /// <summary>The rate of a code such as "TVA2", tolerating case and spaces; null when the code is unknown.</summary>
    public static decimal? Valeur(string? code)
    {
        var value = code?.Trim().ToUpperInvariant();
        return Tous.Where(t => t.Libelles.Code == value).Select(t => (decimal?)t.Valeur).FirstOrDefault();
    }
}
