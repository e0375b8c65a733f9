namespace OpenChorus.Formats.Validation;

internal static partial class RuleCatalog
{
    /// <summary>French wording of the business rules: what is wrong and what to do.</summary>
    private static readonly Lazy<Dictionary<string, string>> French = new(BuildFrench);

    private static Dictionary<string, string> BuildFrench()
    {
        var french = new Dictionary<string, string>(CoreFrench, StringComparer.Ordinal);
        foreach (var (id, text) in CalculationFrench)
        {
            french[id] = text;
        }

        AddVatCategories(french);
        for (var i = 1; i <= 28; i++)
        {
            french["BR-DEC-" + i.ToString("00", System.Globalization.CultureInfo.InvariantCulture)] =
                "Un montant comporte plus de deux décimales : arrondissez-le au centime (deux chiffres après la virgule au plus).";
        }

        return french;
    }

    private static void AddVatCategories(Dictionary<string, string> french)
    {
        (string Prefix, string Name)[] categories =
        [
            ("BR-S", "taux normal (S)"), ("BR-Z", "taux zéro (Z)"), ("BR-E", "exonération de TVA (E)"),
            ("BR-AE", "autoliquidation (AE)"), ("BR-IC", "livraison intracommunautaire (K)"),
            ("BR-G", "exportation hors UE (G)"), ("BR-O", "hors champ de la TVA (O)"), ("BR-AF", "IGIC des Canaries (L)"),
            ("BR-AG", "IPSI de Ceuta et Melilla (M)"),
        ];
        foreach (var (prefix, name) in categories)
        {
            french[prefix + "-01"] = $"Des lignes, remises ou frais utilisent la catégorie de TVA {name}, mais le récapitulatif de TVA (BG-23) n'a pas le nombre attendu de lignes pour cette catégorie : ajoutez ou corrigez le récapitulatif.";
            french[prefix + "-02"] = $"Une ligne est en catégorie de TVA {name} : les numéros de TVA exigés pour cette catégorie (vendeur, représentant fiscal ou acheteur) manquent ou sont en trop.";
            french[prefix + "-03"] = $"Une remise de pied de facture est en catégorie de TVA {name} : les numéros de TVA exigés pour cette catégorie manquent ou sont en trop.";
            french[prefix + "-04"] = $"Des frais de pied de facture sont en catégorie de TVA {name} : les numéros de TVA exigés pour cette catégorie manquent ou sont en trop.";
            french[prefix + "-05"] = $"Le taux de TVA d'une ligne (BT-152) ne convient pas à la catégorie {name}.";
            french[prefix + "-06"] = $"Le taux de TVA d'une remise (BT-96) ne convient pas à la catégorie {name}.";
            french[prefix + "-07"] = $"Le taux de TVA de frais (BT-103) ne convient pas à la catégorie {name}.";
            french[prefix + "-08"] = $"La base HT du récapitulatif de TVA {name} (BT-116) n'est pas égale à la somme des lignes, moins les remises, plus les frais de cette catégorie : recalculez-la.";
            french[prefix + "-09"] = $"Le montant de TVA du récapitulatif {name} (BT-117) est faux : il doit valoir la base multipliée par le taux (zéro pour une catégorie sans TVA).";
            french[prefix + "-10"] = $"Le motif d'exonération (BT-120 ou BT-121) du récapitulatif {name} est manquant alors qu'il est exigé, ou présent alors qu'il est interdit.";
        }

        french["BR-IC-11"] = "Livraison intracommunautaire : indiquez la date de livraison (BT-72) ou la période de facturation (BG-14).";
        french["BR-IC-12"] = "Livraison intracommunautaire : indiquez le pays de livraison (BT-80).";
        french["BR-O-11"] = "Une facture hors champ de la TVA (O) ne peut pas avoir d'autre catégorie dans son récapitulatif de TVA.";
        french["BR-O-12"] = "Une facture hors champ de la TVA (O) ne peut pas avoir de ligne d'une autre catégorie de TVA.";
        french["BR-O-13"] = "Une facture hors champ de la TVA (O) ne peut pas avoir de remise d'une autre catégorie de TVA.";
        french["BR-O-14"] = "Une facture hors champ de la TVA (O) ne peut pas avoir de frais d'une autre catégorie de TVA.";
    }
}
