namespace OpenChorus.Web.Features.Flux;

/// <summary>What a syntaxeFlux promises the file is.</summary>
public enum FluxFamily
{
    Ubl,
    Cii,
    FacturX,
}

/// <summary>One value of the contract's syntaxeFlux enum (README §6.1): its Chorus Pro interface code, and the family
/// of file OpenChorus expects — or why it is not accepted.</summary>
public sealed record FluxSyntax(string Code, string InterfaceCode, FluxFamily? Family, bool Mixed, string? Refusal = null)
{
    public const string NotAccepted = "n'est pas accepté par OpenChorus : déposez vos factures en UBL (IN_DP_E1_UBL_INVOICE), CII (IN_DP_E1_CII_16B) ou Factur-X (IN_DP_E2_CII_FACTURX).";

    /// <remarks>Interface codes 1100, 1106, 1117 are AIFE's (FSO1100A, FSO1106A, FSO1117A); 1110 and 1113 are inferred
    /// from E2 templates; 1114 / 1115 (CII min) and the refused syntaxes' codes are OpenChorus's guesses in the same
    /// ranges, only ever shown in numeroFluxDepot and nomFichier.</remarks>
    public static readonly IReadOnlyList<FluxSyntax> All =
    [
        new("IN_DP_E1_UBL_INVOICE", "1100", FluxFamily.Ubl, false),
        new("IN_DP_E1_CII", "1106", FluxFamily.Cii, false),
        new("IN_DP_E1_CII_16B", "1106", FluxFamily.Cii, false),
        new("IN_DP_E2_UBL_INVOICE_MIN", "1110", FluxFamily.Ubl, true),
        new("IN_DP_E2_CII_MIN", "1114", FluxFamily.Cii, true),
        new("IN_DP_E2_CII_MIN_16B", "1115", FluxFamily.Cii, true),
        new("IN_DP_E2_CII_FACTURX", "1117", FluxFamily.FacturX, true),
        new("IN_DP_E1_PES_FACTURE", "1101", null, false, $"La syntaxe PES Facture {NotAccepted}"),
        new("IN_DP_E1_XCBL", "1102", null, false, $"La syntaxe XCBL {NotAccepted}"),
        new("IN_DP_E2_PES_FACTURE_MIN", "1111", null, true, $"La syntaxe PES Facture min {NotAccepted}"),
        new("IN_DP_E2_CPP_FACTURE_MIN", "1113", null, true, $"Le format CPP Facture min {NotAccepted}"),
        new("IN_DP_PDFARCHIVE_UBL_INVOICE_MUG", "1120", null, true, $"La syntaxe PDF archive UBL {NotAccepted}"),
        new("IN_DP_PDFARCHIVE_CII_MUG", "1121", null, true, $"La syntaxe PDF archive CII {NotAccepted}"),
        new("IN_DP_E3_UBL_INVOICE", "1130", null, false, "Les mémoires de justice (IN_DP_E3_UBL_INVOICE) ne sont pas encore acceptés par OpenChorus."),
    ];

    public static FluxSyntax? Find(string? code) =>
        All.FirstOrDefault(s => string.Equals(s.Code, code?.Trim(), StringComparison.OrdinalIgnoreCase));

    public string FamilyLabel => Family switch
    {
        FluxFamily.Ubl => "une facture UBL 2.1",
        FluxFamily.Cii => "une facture CII D16B",
        _ => "une facture Factur-X (PDF/A-3 avec son XML CII)",
    };
}
