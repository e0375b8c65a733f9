using System.Xml.Linq;
using OpenChorus.Formats.Xml;

namespace OpenChorus.Formats.Validation.Syntax;

/// <summary>Runs the generated table of syntax rules in one pass over the document's elements.</summary>
internal static partial class SyntaxRuleTable
{
    private static readonly Lazy<Index> UblIndex = new(() => new Index(Rows.Where(r => !r.Cii)));
    private static readonly Lazy<Index> CiiIndex = new(() => new Index(Rows.Where(r => r.Cii)));

    /// <summary>Number of rules in the table for a syntax.</summary>
    public static int Count(bool cii) => (cii ? CiiIndex : UblIndex).Value.Size;

    /// <summary>Reports every table rule broken anywhere in the document.</summary>
    public static void Check(XElement root, bool cii, ViolationSink sink)
    {
        var index = (cii ? CiiIndex : UblIndex).Value;
        foreach (var element in root.DescendantsAndSelf())
        {
            foreach (var rule in index.Candidates(element))
            {
                if (rule.Matches(element) && !rule.Holds(element))
                {
                    sink.Report(rule.Row.RuleId, XmlValues.XPathOf(element), element.Line());
                }
            }
        }
    }

    private sealed class Index
    {
        private readonly Dictionary<XName, List<CompiledSyntaxRule>> _byName = [];
        private readonly List<(ContextStep Step, CompiledSyntaxRule Rule)> _bySuffix = [];

        public Index(IEnumerable<SyntaxRuleRow> rows)
        {
            foreach (var rule in rows.Select(CompiledSyntaxRule.Compile).OfType<CompiledSyntaxRule>())
            {
                Size++;
                foreach (var step in rule.LastSteps.Distinct())
                {
                    if (step.Name is { } name)
                    {
                        (_byName.TryGetValue(name, out var list) ? list : _byName[name] = []).Add(rule);
                    }
                    else
                    {
                        _bySuffix.Add((step, rule));
                    }
                }
            }
        }

        public int Size { get; }

        public IEnumerable<CompiledSyntaxRule> Candidates(XElement element)
        {
            if (_byName.TryGetValue(element.Name, out var list))
            {
                foreach (var rule in list)
                {
                    yield return rule;
                }
            }

            foreach (var (step, rule) in _bySuffix)
            {
                if (step.Matches(element))
                {
                    yield return rule;
                }
            }
        }
    }
}
