using System.Text;
using OpenChorus.Formats.Validation;

namespace OpenChorus.Formats.Tests.Validation;

/// <summary>Shortcuts for the rule tests: validate XML text, list the fatal rule ids.</summary>
internal static class Validate
{
    public static ValidationReport Xml(string xml) => InvoiceValidator.Validate(Encoding.UTF8.GetBytes(xml));

    public static IReadOnlyList<string> FatalRules(string xml) => Xml(xml).FatalRuleIds;

    public static IReadOnlyList<string> AllRules(string xml) =>
        Xml(xml).Violations.Select(v => v.RuleId).Distinct().Order(StringComparer.Ordinal).ToList();
}
