using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Xml.Linq;

namespace OpenChorus.Formats.Validation.Syntax;

/// <summary>
/// The compiled rules of one syntax, found by the name of the element they can fire on: exact names are looked up in
/// a table built once; other names of a namespace that suffix rules use (e.g. ram:*[ends-with(name(), 'ID')]) are
/// matched against those rules, and remembered up to a fixed number of names so that input cannot grow the cache.
/// </summary>
internal sealed class SyntaxRuleIndex
{
    private const int MaxRememberedNames = 2048;

    private readonly FrozenDictionary<XName, CompiledSyntaxRule[]> _byName;
    private readonly (ContextStep Step, CompiledSyntaxRule Rule)[] _bySuffix;
    private readonly FrozenSet<XNamespace> _suffixNamespaces;
    private readonly ConcurrentDictionary<XName, CompiledSyntaxRule[]> _otherNames = new();

    public SyntaxRuleIndex(IEnumerable<SyntaxRuleRow> rows)
    {
        var groups = new Dictionary<string, RuleGroup?>(StringComparer.Ordinal);
        var byName = new Dictionary<XName, List<CompiledSyntaxRule>>();
        var bySuffix = new List<(ContextStep Step, CompiledSyntaxRule Rule)>();
        foreach (var row in rows)
        {
            if (CompiledSyntaxRule.Compile(row, groups) is not { } rule)
            {
                continue;
            }

            Size++;
            foreach (var step in rule.LastSteps.Distinct())
            {
                if (step.Name is { } name)
                {
                    (byName.TryGetValue(name, out var list) ? list : byName[name] = []).Add(rule);
                }
                else
                {
                    bySuffix.Add((step, rule));
                }
            }
        }

        _bySuffix = [.. bySuffix];
        _suffixNamespaces = bySuffix.Select(s => s.Step.Namespace!).ToFrozenSet();
        _byName = byName.ToFrozenDictionary(e => e.Key, e => Build(e.Key, e.Value));
        GroupCount = groups.Count;
    }

    /// <summary>Number of rules compiled.</summary>
    public int Size { get; }

    /// <summary>Number of rule groups (contexts); each group's <see cref="RuleGroup.Id"/> is below it.</summary>
    public int GroupCount { get; }

    /// <summary>The rules whose context ends with this element name (or name suffix), in table order.</summary>
    public CompiledSyntaxRule[] Candidates(XName name)
    {
        if (_byName.TryGetValue(name, out var rules))
        {
            return rules;
        }

        if (!_suffixNamespaces.Contains(name.Namespace))
        {
            return [];
        }

        if (_otherNames.TryGetValue(name, out rules))
        {
            return rules;
        }

        rules = Build(name, []);
        if (_otherNames.Count < MaxRememberedNames)
        {
            _otherNames.TryAdd(name, rules);
        }

        return rules;
    }

    private CompiledSyntaxRule[] Build(XName name, List<CompiledSyntaxRule> exact) =>
    [
        .. exact,
        .. _bySuffix.Where(s => s.Step.Matches(name)).Select(s => s.Rule),
    ];
}
