namespace OpenChorus.Formats.Validation;

internal static partial class RuleCatalog
{
    /// <summary>English wording of the business rules, for exactly the rules <see cref="French"/> words: what is wrong and what to do.</summary>
    private static readonly Lazy<Dictionary<string, string>> English = new(BuildEnglish);

    /// <summary>The ids of the rules with our French business rule wording.</summary>
    public static IEnumerable<string> FrenchWordedRuleIds => French.Value.Keys;

    /// <summary>The ids of the rules with our English business rule wording.</summary>
    public static IEnumerable<string> EnglishWordedRuleIds => English.Value.Keys;

    /// <summary>The official English text of the CEN schematron for a rule, or null when the rule is not official.</summary>
    public static string? OfficialText(string ruleId) => Official.TryGetValue(ruleId, out var official) ? official.English : null;

    private static Dictionary<string, string> BuildEnglish()
    {
        var english = new Dictionary<string, string>(CoreEnglish, StringComparer.Ordinal);
        foreach (var (id, text) in CalculationEnglish)
        {
            english[id] = text;
        }

        AddVatCategoriesEnglish(english);
        for (var i = 1; i <= 28; i++)
        {
            english["BR-DEC-" + i.ToString("00", System.Globalization.CultureInfo.InvariantCulture)] =
                "An amount has more than two decimals: round it to the cent (two digits after the decimal point at most).";
        }

        return english;
    }

    private static void AddVatCategoriesEnglish(Dictionary<string, string> english)
    {
        (string Prefix, string Name)[] categories =
        [
            ("BR-S", "standard rate (S)"), ("BR-Z", "zero rated (Z)"), ("BR-E", "exempt from VAT (E)"),
            ("BR-AE", "reverse charge (AE)"), ("BR-IC", "intra-community supply (K)"),
            ("BR-G", "export outside the EU (G)"), ("BR-O", "not subject to VAT (O)"), ("BR-AF", "Canary Islands IGIC (L)"),
            ("BR-AG", "Ceuta and Melilla IPSI (M)"),
        ];
        foreach (var (prefix, name) in categories)
        {
            english[prefix + "-01"] = $"Lines, allowances or charges use the VAT category {name}, but the VAT breakdown (BG-23) does not have the expected number of lines for this category: add or correct the breakdown.";
            english[prefix + "-02"] = $"A line is in the VAT category {name}: the VAT identifiers this category requires (seller, tax representative or buyer) are missing or should not be there; add or remove them.";
            english[prefix + "-03"] = $"A document level allowance is in the VAT category {name}: the VAT identifiers this category requires are missing or should not be there; add or remove them.";
            english[prefix + "-04"] = $"A document level charge is in the VAT category {name}: the VAT identifiers this category requires are missing or should not be there; add or remove them.";
            english[prefix + "-05"] = $"The VAT rate of a line (BT-152) does not suit the category {name}: correct the rate or the category.";
            english[prefix + "-06"] = $"The VAT rate of an allowance (BT-96) does not suit the category {name}: correct the rate or the category.";
            english[prefix + "-07"] = $"The VAT rate of a charge (BT-103) does not suit the category {name}: correct the rate or the category.";
            english[prefix + "-08"] = $"The taxable amount of the {name} VAT breakdown (BT-116) is not equal to the sum of the lines, minus the allowances, plus the charges of this category: recalculate it.";
            english[prefix + "-09"] = $"The VAT amount of the {name} breakdown (BT-117) is wrong: it must equal the taxable amount multiplied by the rate (zero for a category without VAT).";
            english[prefix + "-10"] = $"The exemption reason (BT-120 or BT-121) of the {name} breakdown is missing although it is required, or present although it is not allowed: add or remove it.";
        }

        english["BR-IC-11"] = "Intra-community supply: give the actual delivery date (BT-72) or the invoicing period (BG-14).";
        english["BR-IC-12"] = "Intra-community supply: give the deliver-to country (BT-80).";
        english["BR-O-11"] = "An invoice not subject to VAT (O) cannot have any other category in its VAT breakdown: remove the other categories or change the invoice's category.";
        english["BR-O-12"] = "An invoice not subject to VAT (O) cannot have a line of another VAT category: correct the line's category.";
        english["BR-O-13"] = "An invoice not subject to VAT (O) cannot have an allowance of another VAT category: correct the allowance's category.";
        english["BR-O-14"] = "An invoice not subject to VAT (O) cannot have a charge of another VAT category: correct the charge's category.";
    }
}
