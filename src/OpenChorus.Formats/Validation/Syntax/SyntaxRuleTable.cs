using System.Collections.Concurrent;
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
        var childNames = new HashSet<XName>();
        foreach (var element in root.DescendantsAndSelf())
        {
            var candidates = index.Candidates(element);
            if (candidates.Length == 0)
            {
                continue;
            }

            childNames.Clear();
            for (var node = element.FirstNode; node is not null; node = node.NextNode)
            {
                if (node is XElement child)
                {
                    childNames.Add(child.Name);
                }
            }

            foreach (var rule in candidates)
            {
                if (rule.Matches(element) && !rule.Holds(element, childNames))
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
        private readonly ConcurrentDictionary<XName, CompiledSyntaxRule[]> _candidates = new();

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

        /// <summary>The rules whose context ends with this element's name (or name suffix), computed once per name.</summary>
        public CompiledSyntaxRule[] Candidates(XElement element) => _candidates.GetOrAdd(element.Name, name =>
        [
            .. _byName.TryGetValue(name, out var list) ? list : [],
            .. _bySuffix.Where(s => s.Step.Matches(name)).Select(s => s.Rule),
        ]);
    }
}
