using OpenChorus.Formats.Model;

namespace OpenChorus.Formats.Validation;

/// <summary>Collects the violations that rules report, with their catalogue severity and messages.</summary>
public sealed class ViolationSink
{
    private readonly List<RuleViolation> _violations = [];

    /// <summary>The violations reported so far.</summary>
    public IReadOnlyList<RuleViolation> Violations => _violations;

    /// <summary>Reports that a rule is broken at a location.</summary>
    public void Report(string ruleId, SourceLocation at) => Report(ruleId, at.XPath, at.Line);

    /// <summary>Reports that a rule is broken at an XPath and line.</summary>
    public void Report(string ruleId, string xpath, int line)
    {
        var text = RuleCatalog.Get(ruleId);
        _violations.Add(new RuleViolation(ruleId, text.Severity, text.BusinessTerm, xpath, line, text.English, text.French));
    }

    /// <summary>Reports that a rule is broken, with messages naming what is wrong here (severity and term from the catalogue).</summary>
    public void Report(string ruleId, string xpath, int line, string messageEn, string messageFr)
    {
        var text = RuleCatalog.Get(ruleId);
        _violations.Add(new RuleViolation(ruleId, text.Severity, text.BusinessTerm, xpath, line, messageEn, messageFr));
    }

    /// <summary>Reports the rule when the condition that must hold does not.</summary>
    public void Require(bool condition, string ruleId, SourceLocation at)
    {
        if (!condition)
        {
            Report(ruleId, at);
        }
    }

    /// <summary>Adds violations found elsewhere (e.g. by the reader).</summary>
    public void AddRange(IEnumerable<RuleViolation> violations) => _violations.AddRange(violations);
}
