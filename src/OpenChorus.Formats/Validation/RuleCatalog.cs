using System.Text.RegularExpressions;

namespace OpenChorus.Formats.Validation;

/// <summary>
/// Severity and messages of each rule: the official English text of the CEN artefacts (generated) and our French
/// wording (<see cref="French"/>), which also says how to correct the invoice.
/// </summary>
internal static partial class RuleCatalog
{
    private static readonly Dictionary<string, RuleText> Cache = new(StringComparer.Ordinal);
    private static readonly Lock CacheLock = new();

    /// <summary>The severity, term and messages of a rule; unknown ids are fatal with a generic message.</summary>
    public static RuleText Get(string ruleId)
    {
        lock (CacheLock)
        {
            if (!Cache.TryGetValue(ruleId, out var text))
            {
                text = Build(ruleId);
                Cache[ruleId] = text;
            }

            return text;
        }
    }

    private static RuleText Build(string ruleId)
    {
        var (fatal, english) = Official.TryGetValue(ruleId, out var official)
            ? official
            : (true, ruleId + ": the document breaks this rule.");
        var french = French.Value.TryGetValue(ruleId, out var fr) ? fr : "La facture ne respecte pas la règle " + ruleId +
            " de la norme EN 16931 (texte officiel : « " + english + " »).";
        var term = TermPattern().Match(english);
        return new RuleText(fatal ? Severity.Fatal : Severity.Warning, term.Success ? term.Value : null, english, french);
    }

    [GeneratedRegex(@"\b(BT|BG)-\d+\b")]
    private static partial Regex TermPattern();
}

/// <summary>What the catalogue knows of one rule.</summary>
internal sealed record RuleText(Severity Severity, string? BusinessTerm, string English, string French);
