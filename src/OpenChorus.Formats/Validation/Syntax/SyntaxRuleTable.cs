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
        var counts = new int[index.GroupCount][];
        foreach (var element in root.DescendantsAndSelf())
        {
            // Candidates come in table order; rules of one context come together and share one count of their paths.
            RuleGroup? group = null;
            int[]? groupCounts = null;
            foreach (var rule in index.Candidates(element.Name))
            {
                if (rule.Group != group)
                {
                    group = rule.Group;
                    groupCounts = null;
                    if (group.Matches(element))
                    {
                        groupCounts = counts[group.Id] ??= new int[group.Size];
                        group.Count(element, groupCounts);
                    }
                }

                if (groupCounts is not null && !rule.Holds(groupCounts[rule.Slot]))
                {
                    sink.Report(rule.Row.RuleId, XmlValues.XPathOf(element), element.Line());
                }
            }
        }
    }
}
