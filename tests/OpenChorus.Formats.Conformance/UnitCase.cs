using OpenChorus.Formats.Validation;

namespace OpenChorus.Formats.Conformance;

/// <summary>One official CEN unit test: a partial document and the outcome expected for the rule in scope.</summary>
internal sealed record UnitCase(string File, string Rule, string Expected, bool Passed)
{
    public static UnitCase Check(Dictionary<string, string> row, ValidationReport report)
    {
        var fatal = report.Violations.Where(v => v.Severity == Severity.Fatal).Select(v => v.RuleId).ToHashSet(StringComparer.Ordinal);
        var warnings = report.Violations.Where(v => v.Severity == Severity.Warning).Select(v => v.RuleId).ToHashSet(StringComparer.Ordinal);
        var (expected, rule, passed) = (row["expect_success"], row["expect_error"], row["expect_warning"]) switch
        {
            ({ Length: > 0 } ok, _, _) => ("success", ok, !fatal.Contains(ok) && !warnings.Contains(ok)),
            (_, { Length: > 0 } error, _) => ("error", error, fatal.Contains(error)),
            (_, _, { Length: > 0 } warning) => ("warning", warning, warnings.Contains(warning)),
            _ => ("none", row["scope"], true),
        };
        return new UnitCase(row["rel_path"], rule, expected, passed);
    }
}
