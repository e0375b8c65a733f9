namespace OpenChorus.Formats.Validation;

internal static partial class RuleCatalog
{
    /// <summary>
    /// The UBL-SR rules that limit a business term to one occurrence: the term (BT/BG) and its French wording, which
    /// replace the templated element path (the official English text names the term).
    /// </summary>
    private static readonly Dictionary<string, (string Term, string French)> UblOccurrenceTerms = new(StringComparer.Ordinal)
    {
        ["UBL-SR-01"] = ("BT-12", "La référence du contrat (BT-12) figure plus d'une fois : n'en gardez qu'une."),
        ["UBL-SR-02"] = ("BT-15", "La référence de l'avis de réception (BT-15) figure plus d'une fois : n'en gardez qu'une."),
        ["UBL-SR-03"] = ("BT-16", "La référence de l'avis d'expédition (BT-16) figure plus d'une fois : n'en gardez qu'une."),
        ["UBL-SR-05"] = ("BT-20", "Les conditions de paiement (BT-20) figurent plus d'une fois : regroupez-les en un seul texte."),
        ["UBL-SR-06"] = ("BG-3", "La référence à une facture antérieure (BG-3) figure plus d'une fois dans un même BillingReference : n'en gardez qu'une par BillingReference."),
        ["UBL-SR-08"] = ("BG-14", "La période de facturation (BG-14) figure plus d'une fois : n'en gardez qu'une."),
        ["UBL-SR-09"] = ("BT-27", "La raison sociale du vendeur (BT-27) figure plus d'une fois : n'en gardez qu'une."),
        ["UBL-SR-10"] = ("BT-28", "Le nom commercial du vendeur (BT-28) figure plus d'une fois : n'en gardez qu'un."),
        ["UBL-SR-11"] = ("BT-30", "L'identifiant légal du vendeur (BT-30, par exemple son SIREN) figure plus d'une fois : n'en gardez qu'un."),
        ["UBL-SR-14"] = ("BT-33", "Les informations juridiques complémentaires du vendeur (BT-33) figurent plus d'une fois : regroupez-les en un seul texte."),
        ["UBL-SR-15"] = ("BT-44", "La raison sociale de l'acheteur (BT-44) figure plus d'une fois : n'en gardez qu'une."),
        ["UBL-SR-16"] = ("BT-46", "L'identifiant de l'acheteur (BT-46) figure plus d'une fois : n'en gardez qu'un."),
        ["UBL-SR-17"] = ("BT-47", "L'identifiant légal de l'acheteur (BT-47) figure plus d'une fois : n'en gardez qu'un."),
        ["UBL-SR-22"] = ("BT-62", "Le nom du représentant fiscal du vendeur (BT-62) figure plus d'une fois : n'en gardez qu'un."),
        ["UBL-SR-23"] = ("BT-63", "Le numéro de TVA du représentant fiscal du vendeur (BT-63) figure plus d'une fois : n'en gardez qu'un."),
        ["UBL-SR-24"] = ("BG-13", "Les informations de livraison (BG-13) figurent plus d'une fois : n'en gardez qu'un bloc Delivery."),
        ["UBL-SR-25"] = ("BT-70", "Le nom du destinataire de la livraison (BT-70) figure plus d'une fois : n'en gardez qu'un."),
        ["UBL-SR-26"] = ("BT-83", "La référence de paiement (BT-83) figure plus d'une fois dans un moyen de paiement : n'en gardez qu'une."),
        ["UBL-SR-27"] = ("BT-82", "Le libellé du moyen de paiement (BT-82) figure plus d'une fois : n'en gardez qu'un."),
        ["UBL-SR-28"] = ("BT-89", "La référence du mandat de prélèvement (BT-89) figure plus d'une fois : n'en gardez qu'une."),
        ["UBL-SR-32"] = ("BT-120", "Le motif d'exonération de TVA en texte (BT-120) figure plus d'une fois dans une catégorie : n'en gardez qu'un."),
        ["UBL-SR-33"] = ("BT-123", "La description d'un justificatif (BT-123) figure plus d'une fois : n'en gardez qu'une."),
        ["UBL-SR-34"] = ("BT-127", "La note d'une ligne de facture (BT-127) figure plus d'une fois : regroupez-la en un seul texte."),
        ["UBL-SR-35"] = ("BT-132", "La référence de ligne de bon de commande (BT-132) figure plus d'une fois sur une ligne : n'en gardez qu'une."),
        ["UBL-SR-36"] = ("BG-26", "La période d'une ligne de facture (BG-26) figure plus d'une fois : n'en gardez qu'une."),
        ["UBL-SR-37"] = ("BT-147", "La remise sur le prix d'un article (BT-147) figure plus d'une fois : n'en gardez qu'une."),
        ["UBL-SR-39"] = ("BT-11", "La référence du projet (BT-11) figure plus d'une fois : n'en gardez qu'une."),
        ["UBL-SR-40"] = ("BT-45", "Le nom commercial de l'acheteur (BT-45) figure plus d'une fois : n'en gardez qu'un."),
        ["UBL-SR-42"] = ("BT-31", "Le vendeur a plus de deux PartyTaxScheme : gardez-en au plus deux, un pour le numéro de TVA (BT-31) et un pour l'identifiant fiscal (BT-32)."),
        ["UBL-SR-45"] = ("BT-9", "La date d'échéance du paiement (BT-9) figure plus d'une fois : n'en gardez qu'une."),
        ["UBL-SR-46"] = ("BT-82", "Le libellé du moyen de paiement (BT-82) figure plus d'une fois : n'en gardez qu'un."),
        ["UBL-SR-49"] = ("BT-7", "La date d'exigibilité de la TVA (BT-7) figure plus d'une fois : n'en gardez qu'une."),
        ["UBL-SR-50"] = ("BT-154", "La description d'un article (BT-154) figure plus d'une fois : regroupez-la en un seul texte."),
        ["UBL-SR-52"] = ("BT-122", "La référence d'un justificatif (BT-122) figure plus d'une fois : n'en gardez qu'une par AdditionalDocumentReference."),
        ["UBL-SR-54"] = ("BG-18", "La facture contient plusieurs cartes de paiement (BG-18) : n'en gardez qu'une."),
        ["UBL-SR-55"] = ("BG-19", "La facture contient plusieurs mandats de prélèvement (BG-19) : n'en gardez qu'un."),
        ["UBL-SR-56"] = ("BT-17", "La référence de l'appel d'offres ou du lot (BT-17) figure plus d'une fois : n'en gardez qu'une."),
    };

    /// <summary>The wording of a UBL-SR occurrence rule: the official English with its term and a fix, our French.</summary>
    private static (string English, string French)? OccurrenceWording(string ruleId) =>
        UblOccurrenceTerms.TryGetValue(ruleId, out var term) && Official.TryGetValue(ruleId, out var official)
            ? ($"{official.English.TrimEnd('.')} ({term.Term}): keep a single one.", term.French)
            : null;
}
