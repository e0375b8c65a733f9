using System.Xml.Linq;
using OpenChorus.Formats.Xml;

namespace OpenChorus.Formats.Validation.Syntax;

/// <summary>Runs the generated table of syntax rules in one pass over the document's elements.</summary>
internal static partial class SyntaxRuleTable
{
    private static readonly Lazy<SyntaxRuleIndex> UblIndex = new(() => new SyntaxRuleIndex(Rows.Where(r => !r.Cii)));
    private static readonly Lazy<SyntaxRuleIndex> CiiIndex = new(() => new SyntaxRuleIndex(Rows.Where(r => r.Cii)));

    /// <summary>Number of rules in the table for a syntax.</summary>
    public static int Count(bool cii) => (cii ? CiiIndex : UblIndex).Value.Size;

    /// <summary>Reports every table rule broken anywhere in the document, element by element in document order.</summary>
    public static void Check(XElement root, bool cii, ViolationSink sink)
    {
        var index = (cii ? CiiIndex : UblIndex).Value;

        // present[id] == stamp when the current element has a child named by first step id (no set to clear).
        var present = new int[index.FirstStepCount];
        var stamp = 0;
        foreach (var element in root.DescendantsAndSelf())
        {
            var candidates = index.Candidates(element.Name);
            if (candidates.Length == 0)
            {
                continue;
            }

            stamp++;
            if (element.HasElements)
            {
                for (var node = element.FirstNode; node is not null; node = node.NextNode)
                {
                    if (node is XElement child && index.FirstStepId(child.Name) is var id and >= 0)
                    {
                        present[id] = stamp;
                    }
                }
            }

            // Rules of one context share their patterns and come together: match them once per run.
            object? patterns = null;
            var matches = false;
            foreach (var rule in candidates)
            {
                if (!ReferenceEquals(rule.Patterns, patterns))
                {
                    patterns = rule.Patterns;
                    matches = rule.Matches(element);
                }

                if (matches && !rule.Holds(element, rule.FirstStep < 0 || present[rule.FirstStep] == stamp))
                {
                    sink.Report(rule.Row.RuleId, XmlValues.XPathOf(element), element.Line());
                }
            }
        }
    }
}
