using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace OpenChorus.Formats.Validation;

/// <summary>
/// Severity and messages of each rule: our English and French wording (<see cref="English"/>, <see cref="French"/>),
/// which also says how to correct the invoice; the official English text of the CEN artefacts (generated) is the
/// fallback for a rule we have not worded.
/// </summary>
internal static partial class RuleCatalog
{
    private static readonly ConcurrentDictionary<string, RuleText> Cache = new(StringComparer.Ordinal);

    /// <summary>The id of every assert of the official schematron (UBL and CII).</summary>
    public static IEnumerable<string> OfficialRuleIds => Official.Keys;

    /// <summary>The severity, term and messages of a rule; unknown ids are fatal with a generic message.</summary>
    public static RuleText Get(string ruleId) => Cache.GetOrAdd(ruleId, Build);

    private static RuleText Build(string ruleId)
    {
        if (Own.TryGetValue(ruleId, out var own))
        {
            return new RuleText(Severity.Fatal, null, own.English, own.French);
        }

        var (fatal, official) = Official.TryGetValue(ruleId, out var known)
            ? known
            : (true, ruleId + ": the document breaks this rule.");
        var (english, french) = Wording(ruleId) ?? (official, FrenchFallback(ruleId, official));
        // Our wording names the term the rule is about first; the official text may name others before it.
        var term = TermPattern().Match(french);
        term = term.Success ? term : TermPattern().Match(official);
        return new RuleText(fatal ? Severity.Fatal : Severity.Warning, term.Success ? term.Value : null, english, french);
    }

    /// <summary>True when the rule has wording of its own (not the generic fallback that quotes the official text).</summary>
    public static bool HasOwnWording(string ruleId) => Own.ContainsKey(ruleId) || Wording(ruleId) is not null;

    /// <summary>
    /// Our English and French wording of a rule: the syntax rules' (hand-written, else templated from the table), the
    /// code lists', else the business rules' (<see cref="English"/> and <see cref="French"/>); null when we have none.
    /// </summary>
    private static (string English, string French)? Wording(string ruleId)
    {
        if (SyntaxWording.Value.TryGetValue(ruleId, out var hand))
        {
            return hand;
        }

        if (OccurrenceWording(ruleId) is { } occurrence)
        {
            return occurrence;
        }

        if (SyntaxMessages.TryGetValue(ruleId, out var templated))
        {
            return templated;
        }

        if (CodeListWording(ruleId) is { } codeList)
        {
            return codeList;
        }

        return French.Value.TryGetValue(ruleId, out var french) && English.Value.TryGetValue(ruleId, out var english)
            ? (english, french)
            : null;
    }

    private static string FrenchFallback(string ruleId, string english) => ruleId switch
    {
        _ when ruleId.StartsWith("BR-CL-", StringComparison.Ordinal) =>
            "Un code n'appartient pas à la liste de codes officielle exigée par la norme EN 16931 (" + ruleId + ") : remplacez-le par un code de la liste. Texte officiel : « " + english + " »",
        _ when ruleId.StartsWith("UBL-", StringComparison.Ordinal) || ruleId.StartsWith("CII-", StringComparison.Ordinal) =>
            "La structure du fichier XML ne respecte pas la syntaxe (" + ruleId + ") : corrigez l'élément indiqué. Texte officiel : « " + english + " »",
        _ => "La facture ne respecte pas la règle " + ruleId + " de la norme EN 16931. Texte officiel : « " + english + " »",
    };

    /// <summary>Checks of our own, outside the official schematron: well-formedness and the XSD-level checks.</summary>
    private static readonly Dictionary<string, (string English, string French)> Own = new(StringComparer.Ordinal)
    {
        ["XML-NOT-WELL-FORMED"] = ("The file is not well-formed XML and cannot be read.",
            "Le fichier n'est pas un XML bien formé : il ne peut pas être lu. Vérifiez qu'il n'a pas été tronqué ou modifié à la main."),
        ["XSD-DATATYPE"] = ("A value does not have the data type the schema requires (boolean true/false, decimal number with a dot, date YYYY-MM-DD).",
            "Une valeur n'a pas le format exigé par le schéma (booléen true/false, nombre décimal avec un point, date AAAA-MM-JJ) : corrigez-la."),
        ["XSD-SCHEMA"] = ("The document is not valid against the official XSD the operator configured.",
            "Le document n'est pas valide selon le schéma XSD officiel configuré : corrigez l'élément indiqué."),
        ["UBL-XSD"] = ("The document does not follow the structure of the UBL 2.1 schema (an element unknown, out of order, repeated or missing).",
            "Le document ne respecte pas la structure du schéma UBL 2.1 (élément inconnu, mal placé, répété ou manquant) : corrigez l'élément indiqué."),
        ["CII-XSD"] = ("The document does not follow the structure of the CII D16B schema (an element unknown, out of order, repeated or missing).",
            "Le document ne respecte pas la structure du schéma CII D16B (élément inconnu, mal placé, répété ou manquant) : corrigez l'élément indiqué."),
    };

    [GeneratedRegex(@"\b(BT|BG)-\d+\b")]
    private static partial Regex TermPattern();
}

/// <summary>What the catalogue knows of one rule.</summary>
internal sealed record RuleText(Severity Severity, string? BusinessTerm, string English, string French);
