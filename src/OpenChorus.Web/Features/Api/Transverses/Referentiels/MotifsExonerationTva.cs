namespace OpenChorus.Web.Features.Api.Transverses.Referentiels;

/// <summary>Why an invoice carries no VAT (<c>typeTva</c> EXONERATION → <c>motifExonerationTva</c>), as the VATEX
/// codes of EN 16931 (BT-121) name the cases a French supplier meets.</summary>
public static class MotifsExonerationTva
{
    public static readonly IReadOnlyList<Libelles> Tous =
    [
        new("VATEX-FR-FRANCHISE", "TVA non applicable, art. 293 B du CGI (franchise en base)", "VAT not applicable, art. 293 B CGI (base allowance)"),
        new("VATEX-FR-CNWVAT", "Facture émise par un non-assujetti", "Invoice issued by a non-taxable person"),
        new("VATEX-EU-AE", "Autoliquidation", "Reverse charge"),
        new("VATEX-EU-IC", "Livraison intracommunautaire exonérée, art. 262 ter I du CGI", "Intra-Community supply"),
        new("VATEX-EU-G", "Exportation hors de l'Union européenne, art. 262 I du CGI", "Export outside the EU"),
        new("VATEX-EU-O", "Hors du champ d'application de la TVA", "Not subject to VAT"),
        new("VATEX-EU-132", "Exonération d'activités d'intérêt général, art. 261 du CGI", "Exempt based on article 132 of Council Directive 2006/112/EC"),
        new("VATEX-EU-D", "Régime particulier des agences de voyage", "Travel agents margin scheme"),
        new("VATEX-EU-F", "Régime particulier des biens d'occasion", "Second-hand goods margin scheme"),
    ];
}
