using OpenChorus.Formats.Validation;

namespace OpenChorus.Formats.Conformance;

/// <summary>
/// One official CEN unit test: a partial document and the outcome expected for the rule in scope. An expectation
/// written RULE#N expects the rule to fire N times.
/// </summary>
internal sealed record UnitCase(string File, string Rule, string Expected, bool Passed)
{
    public static UnitCase Check(Dictionary<string, string> row, ValidationReport report)
    {
        var (expected, rule, severity) = (row["expect_success"], row["expect_error"], row["expect_warning"]) switch
        {
            ({ Length: > 0 } ok, _, _) => ("success", ok, (Severity?)null),
            (_, { Length: > 0 } error, _) => ("error", error, Severity.Fatal),
            (_, _, { Length: > 0 } warning) => ("warning", warning, Severity.Warning),
            _ => ("none", row["scope"], null),
        };
        var parts = rule.Split('#');
        var fired = report.Violations.Count(v => v.RuleId == parts[0] && (severity is null || v.Severity == severity));
        var passed = expected switch
        {
            "success" => fired == 0,
            "none" => true,
            _ => parts.Length > 1 ? fired == int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture) : fired > 0,
        };
        return new UnitCase(row["rel_path"], rule, expected, passed);
    }
}
