namespace OpenChorus.Formats.Validation.Syntax;

internal static partial class SyntaxRuleTable
{
    /// <summary>The ids of the rules the table holds for a syntax, each once.</summary>
    public static IEnumerable<string> RuleIds(bool cii) => Rows.Where(r => r.Cii == cii).Select(r => r.RuleId).Distinct();

    /// <summary>The rows whose context or path the table cannot evaluate (none expected: the generator only emits what compiles).</summary>
    public static IEnumerable<string> UncompiledRuleIds()
    {
        var groups = new Dictionary<string, RuleGroup?>();
        return Rows.Where(r => CompiledSyntaxRule.Compile(r, groups) is null).Select(r => r.RuleId).ToList();
    }
}
