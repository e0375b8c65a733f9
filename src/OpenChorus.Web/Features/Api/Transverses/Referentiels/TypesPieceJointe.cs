namespace OpenChorus.Web.Features.Api.Transverses.Referentiels;

/// <summary>The kinds of attachment (recupererTypesPieceJointe), by the object they go with (<c>typeObjet</c>).</summary>
public static class TypesPieceJointe
{
    public static readonly IReadOnlyList<(int Id, Libelles Libelles, string TypeObjet)> Tous =
    [
        (1, new("FACTURE_PJ_COMPLEMENTAIRE", "Pièce jointe complémentaire", "Additional supporting document"), "FACTURE"),
        (2, new("FACTURE_BON_COMMANDE", "Bon de commande", "Purchase order"), "FACTURE"),
        (3, new("FACTURE_BON_LIVRAISON", "Bon de livraison", "Delivery note"), "FACTURE"),
        (4, new("FACTURE_PV_RECEPTION", "Procès-verbal de réception", "Acceptance report"), "FACTURE"),
        (5, new("FACTURE_AUTRE", "Autre", "Other"), "FACTURE"),
        (10, new("STRUCTURE_KBIS", "Extrait Kbis", "Company registration extract"), "STRUCTURE"),
        (11, new("STRUCTURE_AUTRE", "Autre", "Other"), "STRUCTURE"),
        (20, new("CB_RIB", "Relevé d'identité bancaire", "Bank account details"), "CB"),
        (30, new("SOLLICITATION_PJ", "Pièce jointe de la sollicitation", "Request attachment"), "SOLLICITATION"),
    ];
}

/// <summary>Why a titulaire or mandataire refuses an A9 / A12 invoice (recupererMotifsRefusFactureAValider).</summary>
public static class MotifsRefusFactureAValider
{
    public static readonly IReadOnlyList<(int Id, string Code, string Libelle)> Tous =
    [
        (1, "MONTANT_ERRONE", "Le montant facturé ne correspond pas aux prestations réalisées."),
        (2, "PRESTATION_NON_REALISEE", "La prestation facturée n'a pas été réalisée."),
        (3, "SOUS_TRAITANCE_NON_DECLAREE", "Le sous-traitant n'est pas déclaré sur ce marché."),
        (4, "REFERENCES_MARCHE_ERRONEES", "Les références du marché ou de l'engagement sont erronées."),
        (5, "PIECES_MANQUANTES", "Des pièces justificatives manquent."),
        (6, "AUTRE", "Autre motif (précisé en commentaire)."),
    ];

    /// <summary>The cadres an invoice to validate comes in.</summary>
    public static readonly IReadOnlyList<string> Cadres = ["A9_FACTURE_SOUSTRAITANT", "A12_FACTURE_COTRAITANT"];
}

/// <summary>The categories and sub-categories of a sollicitation (support request) to the platform.</summary>
public static class CategoriesSollicitation
{
    public static readonly IReadOnlyList<(int Id, string Code, string Libelle)> Categories =
    [
        (1, "FACTURATION", "Facturation"),
        (2, "COMPTE_STRUCTURE", "Compte et structure"),
        (3, "RACCORDEMENT", "Raccordement API et EDI"),
        (4, "AUTRE", "Autre demande"),
    ];

    public static readonly IReadOnlyList<(int CategorieId, string Code, string Libelle)> SousCategories =
    [
        (1, "FACTURE_REJETEE", "Facture rejetée ou suspendue"),
        (1, "FACTURE_NON_PAYEE", "Facture non payée"),
        (1, "DEPOT_FACTURE", "Dépôt d'une facture"),
        (2, "RATTACHEMENT", "Rattachement à une structure"),
        (2, "GESTIONNAIRE", "Gestionnaire principal"),
        (3, "COMPTE_TECHNIQUE", "Compte technique"),
        (3, "FLUX", "Dépôt de flux"),
        (4, "AUTRE", "Autre demande"),
    ];
}
