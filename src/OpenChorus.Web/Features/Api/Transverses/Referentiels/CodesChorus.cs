using OpenChorus.Web.Features.Api.Structures;
using OpenChorus.Web.Features.Invoices;
using OpenChorus.Web.Features.Structures;

namespace OpenChorus.Web.Features.Api.Transverses.Referentiels;

/// <summary>The plain code lists of the Transverses referentials (README §6), in Chorus Pro's spelling.</summary>
public static class CodesChorus
{
    public static readonly IReadOnlyList<string> ModesReglement = ["CHEQUE", "PRELEVEMENT", "VIREMENT", "ESPECE", "AUTRE", "REPORT"];

    /// <summary>modeDepot as the read side reports it (15 values).</summary>
    public static readonly IReadOnlyList<string> ModesDepot =
    [
        "SAISIE_WEB", "PORTAIL_PDF", "EDI_XML_STRUCT", "EDI_MIXTE", "EDI_PDF_ARCHIVE", "SAISIE_PORTAIL", "SAISIE_API",
        "DEPOT_PDF_PORTAIL", "DEPOT_PDF_SIGNE_PORTAIL", "DEPOT_PDF_API", "DEPOT_PDF_SIGNE_API", "EDI", "UPLOAD_PORTAIL",
        "UPLOAD_API", "EDI_NUMERISATION",
    ];

    public static readonly IReadOnlyList<string> FormatsFlux = ["IN_DP_E1_STRUCT", "IN_DP_E2_MIXTE", "IN_DP_E2_FACTURX"];

    public const string Facture = "FACTURE";

    public static readonly IReadOnlyList<string> TypesDemandePaiement = [Facture, "FACTURE_TRAVAUX", "MEMOIRE_JUSTICE", "DEMANDE_REMBOURSEMENT"];

    public static readonly IReadOnlyList<string> TypesFactureTravaux =
    [
        "DP_DE_SOUSTRAITANT_TRAVAUX", "PROJET_DECOMPTE_MENSUEL", "ETAT_ACOMPTE", "ETAT_ACOMPTE_VALIDE", "PROJET_DECOMPTE_FINAL",
        "PROJET_DECOMPTE_GENERAL", "PROJET_DECOMPTE_GENERAL_PROCEDURE_TACITE", "DECOMPTE_GENERAL", "DECOMPTE_GENERAL_SIGNE",
        "DECOMPTE_GENERAL_DEFINITIF_TACITE", "DECOMPTE_GENERAL_DEFINITIF_PROCEDURE_TACITE",
    ];

    public static IReadOnlyList<string> TypesIdentifiantStructure { get; } = Enum.GetValues<IdentifierType>().Select(t => t.Code()).ToList();

    /// <summary>The cadres of each type of payment request: those of invoices are the four OpenChorus handles.</summary>
    public static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> CadresParType = new Dictionary<string, IReadOnlyList<string>>
    {
        [Facture] = Enum.GetValues<InvoiceFrame>().Select(f => f.Code()).ToList(),
        ["MEMOIRE_JUSTICE"] = ["A3_MEMOIRE_JUSTICE"],
        ["DEMANDE_REMBOURSEMENT"] = ["A21_DEMANDE_REMBOURSEMENT_TIC"],
        ["FACTURE_TRAVAUX"] =
        [
            "A4_PROJET_DECOMPTE_MENSUEL_FOURNISSEUR", "A5_ETAT_ACOMPTE_FOURNISSEUR", "A6_ETAT_ACOMPTE_VALIDE_FOURNISSEUR",
            "A7_PROJET_DECOMPTE_FINAL_FOURNISSEUR", "A8_DECOMPTE_GENERAL_DEFINITIF_FOURNISSEUR", "A10_PROJET_DECOMPTE_MENSUEL_SOUSTRAITANT",
            "A11_PROJET_DECOMPTE_FINAL_SOUSTRAITANT", "A13_PROJET_DECOMPTE_MENSUEL_COTRAITANT", "A14_PROJET_DECOMPTE_FINAL_COTRAITANT",
            "A15_ETAT_ACOMPTE_MOE", "A16_ETAT_ACOMPTE_VALIDE_MOE", "A17_PROJET_DECOMPTE_GENERAL_MOE", "A18_DECOMPTE_GENERAL_MOE",
            "A19_ETAT_ACOMPTE_VALIDE_MOA", "A20_DECOMPTE_GENERAL_MOA", "A22_PROJET_DECOMPTE_GENERAL_FOURNISSEUR_PROCEDURE_TACITE",
            "A23_DECOMPTE_GENERAL_DEFINITIF_TACITE_FOURNISSEUR", "A24_DECOMPTE_GENERAL_DEFINITIF_TACITE_MOE",
            "A25_DECOMPTE_GENERAL_DEFINITIF_MOE_PROCEDURE_TACITE",
        ],
    };

    /// <summary>A type of payment request from its code (case and spaces tolerated); null when unknown.</summary>
    public static string? TypeDemandePaiement(string? code)
    {
        var value = code?.Trim().ToUpperInvariant();
        return TypesDemandePaiement.FirstOrDefault(t => t == value);
    }

    /// <summary>The statuses an invoice goes through here; the other types of payment request are not handled.</summary>
    public static IReadOnlyList<string> Etats(string typeDemandePaiement) =>
        typeDemandePaiement == Facture ? Enum.GetValues<InvoiceStatus>().Select(s => s.Code()).ToList() : [];
}
