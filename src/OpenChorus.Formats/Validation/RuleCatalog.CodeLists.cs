namespace OpenChorus.Formats.Validation;

internal static partial class RuleCatalog
{
    /// <summary>What each code list rule expects, in English and French, and an example of a right code.</summary>
    private static readonly Dictionary<string, (string WhatEn, string WhatFr, string HintEn, string HintFr)> CodeLists = new(StringComparer.Ordinal)
    {
        ["BR-CL-01"] = ("a document type code of UNTDID 1001 for an invoice or credit note", "un code de type de document UNTDID 1001 de facture ou d'avoir (BT-3)", "for example 380 (invoice) or 381 (credit note)", "par exemple 380 (facture) ou 381 (avoir)"),
        ["BR-CL-03"] = ("an ISO 4217 currency code (currencyID attribute of an amount)", "un code devise ISO 4217 (attribut currencyID d'un montant)", "a three-letter code, for example EUR", "un code de trois lettres, par exemple EUR"),
        ["BR-CL-04"] = ("an ISO 4217 currency code (invoice currency, BT-5)", "un code devise ISO 4217 (devise de la facture, BT-5)", "a three-letter code, for example EUR", "un code de trois lettres, par exemple EUR"),
        ["BR-CL-05"] = ("an ISO 4217 currency code (VAT accounting currency, BT-6)", "un code devise ISO 4217 (devise de comptabilisation de la TVA, BT-6)", "a three-letter code, for example EUR", "un code de trois lettres, par exemple EUR"),
        ["BR-CL-06"] = ("a VAT point date code of UNTDID 2005 (BT-8)", "un code de date d'exigibilité de la TVA UNTDID 2005 (BT-8)", "3 (invoice date), 35 (delivery date) or 432 (payment date); in CII 5, 29 or 72", "3 (date de facture), 35 (date de livraison) ou 432 (date de paiement) ; en CII 5, 29 ou 72"),
        ["BR-CL-07"] = ("an object identifier scheme of UNTDID 1153 (BT-18)", "un schéma d'identifiant d'objet UNTDID 1153 (BT-18)", "for example AAG or ABT", "par exemple AAG ou ABT"),
        ["BR-CL-08"] = ("a note subject code of UNTDID 4451 (BT-21)", "un code de sujet de note UNTDID 4451 (BT-21)", "for example AAI (general information) or PMT (payment)", "par exemple AAI (information générale) ou PMT (paiement)"),
        ["BR-CL-10"] = ("an identifier scheme of the ISO 6523 ICD list", "un schéma d'identifiant de la liste ISO 6523 ICD", "for example 0009 (SIRET) or 0002 (SIREN)", "par exemple 0009 (SIRET) ou 0002 (SIREN)"),
        ["BR-CL-11"] = ("a registration identifier scheme of the ISO 6523 ICD list", "un schéma d'identifiant d'immatriculation de la liste ISO 6523 ICD", "for example 0002 (SIREN) or 0009 (SIRET)", "par exemple 0002 (SIREN) ou 0009 (SIRET)"),
        ["BR-CL-13"] = ("an item classification scheme of UNTDID 7143 (BT-158)", "un schéma de classification d'article UNTDID 7143 (BT-158)", "for example STI or CV", "par exemple STI ou CV"),
        ["BR-CL-14"] = ("an ISO 3166-1 alpha-2 country code", "un code pays ISO 3166-1 alpha-2", "a code of two capital letters, for example FR", "un code de deux lettres majuscules, par exemple FR"),
        ["BR-CL-15"] = ("an ISO 3166-1 alpha-2 country code (item country of origin, BT-159)", "un code pays ISO 3166-1 alpha-2 (pays d'origine de l'article, BT-159)", "a code of two capital letters, for example FR", "un code de deux lettres majuscules, par exemple FR"),
        ["BR-CL-16"] = ("a payment means code of UNTDID 4461 (BT-81)", "un code de moyen de paiement UNTDID 4461 (BT-81)", "for example 30 (credit transfer), 58 (SEPA credit transfer) or 49 (direct debit)", "par exemple 30 (virement), 58 (virement SEPA) ou 49 (prélèvement)"),
        ["BR-CL-17"] = ("a VAT category code of UNTDID 5305", "un code de catégorie de TVA UNTDID 5305", "S, Z, E, AE, K, G, O, L or M", "S, Z, E, AE, K, G, O, L ou M"),
        ["BR-CL-18"] = ("a VAT category code of UNTDID 5305 (invoiced item VAT category, BT-151)", "un code de catégorie de TVA UNTDID 5305 (catégorie de TVA de la ligne, BT-151)", "S, Z, E, AE, K, G, O, L or M", "S, Z, E, AE, K, G, O, L ou M"),
        ["BR-CL-19"] = ("an allowance reason code of UNTDID 5189", "un code de motif de remise UNTDID 5189", "for example 95 (discount) or 100 (special rebate)", "par exemple 95 (remise) ou 100 (rabais spécial)"),
        ["BR-CL-20"] = ("a charge reason code of UNTDID 7161", "un code de motif de frais UNTDID 7161", "for example FC (freight) or ABL (packaging)", "par exemple FC (transport) ou ABL (emballage)"),
        ["BR-CL-21"] = ("an item standard identifier scheme of the ISO 6523 ICD list (BT-157)", "un schéma d'identifiant normalisé d'article de la liste ISO 6523 ICD (BT-157)", "for example 0160 (GTIN)", "par exemple 0160 (GTIN)"),
        ["BR-CL-22"] = ("a VAT exemption reason code of the CEF VATEX list (BT-121)", "un code de motif d'exonération de la liste CEF VATEX (BT-121)", "for example VATEX-EU-IC or VATEX-FR-FRANCHISE", "par exemple VATEX-EU-IC ou VATEX-FR-FRANCHISE"),
        ["BR-CL-23"] = ("a unit of measure of UN/ECE Recommendation 20 or 21 (BT-130, BT-150)", "une unité de mesure de la recommandation UN/ECE 20 ou 21 (BT-130, BT-150)", "for example C62 (unit), HUR (hour), DAY (day) or KGM (kilogram)", "par exemple C62 (unité), HUR (heure), DAY (jour) ou KGM (kilogramme)"),
        ["BR-CL-24"] = ("an accepted MIME code for an attachment (BT-125)", "un code MIME accepté pour une pièce jointe (BT-125)", "application/pdf, image/png, image/jpeg, text/csv or a spreadsheet type", "application/pdf, image/png, image/jpeg, text/csv ou un type de tableur"),
        ["BR-CL-25"] = ("an electronic address scheme of the CEF EAS list (BT-34, BT-49)", "un schéma d'adresse électronique de la liste CEF EAS (BT-34, BT-49)", "for example 0009 (SIRET) or 0225 (French public entity)", "par exemple 0009 (SIRET) ou 0225 (entité publique française)"),
        ["BR-CL-26"] = ("a delivery location identifier scheme of the ISO 6523 ICD list (BT-71)", "un schéma d'identifiant de lieu de livraison de la liste ISO 6523 ICD (BT-71)", "for example 0088 (GLN)", "par exemple 0088 (GLN)"),
    };

    /// <summary>The messages of a code list rule broken by a given value, or null when the rule is not a code list one.</summary>
    public static (string English, string French)? CodeListMessage(string ruleId, string value) =>
        CodeLists.TryGetValue(ruleId, out var list)
            ? ($"The value “{value}” is not {list.WhatEn}: give {HintEn(list.HintEn)}.",
               $"La valeur « {value} » n'est pas {list.WhatFr} : indiquez {HintFr(list.HintFr)}.")
            : null;

    private static (string English, string French)? CodeListWording(string ruleId) =>
        CodeLists.TryGetValue(ruleId, out var list)
            ? ($"A code is not {list.WhatEn}: give {HintEn(list.HintEn)}.",
               $"Un code n'est pas {list.WhatFr} : indiquez {HintFr(list.HintFr)}.")
            : null;

    private static string HintEn(string hint) => hint.StartsWith("a ", StringComparison.Ordinal) ? hint : "a code of the list, " + hint;

    private static string HintFr(string hint) => hint.StartsWith("un ", StringComparison.Ordinal) ? hint : "un code de la liste, " + hint;
}
