using System.Xml.Linq;
using OpenChorus.Formats.Xml;

namespace OpenChorus.Formats.Validation.Syntax;

/// <summary>The generated table of syntax rules, run element by element in the document pass (<see cref="ElementPass"/>).</summary>
internal static partial class SyntaxRuleTable
{
    private static readonly Lazy<SyntaxRuleIndex> UblIndex = new(() => new SyntaxRuleIndex(Rows.Where(r => !r.Cii)));
    private static readonly Lazy<SyntaxRuleIndex> CiiIndex = new(() => new SyntaxRuleIndex(Rows.Where(r => r.Cii)));

    /// <summary>Number of rules in the table for a syntax.</summary>
    public static int Count(bool cii) => (cii ? CiiIndex : UblIndex).Value.Size;

    /// <summary>One document's run of the table: the path counts of each rule group met so far.</summary>
    internal sealed class Pass(bool cii)
    {
        private readonly SyntaxRuleIndex _index = (cii ? CiiIndex : UblIndex).Value;
        private readonly int[][] _counts = new int[(cii ? CiiIndex : UblIndex).Value.GroupCount][];

        /// <summary>Reports the table rules broken at one element (elements come in document order).</summary>
        public void Visit(XElement element, ViolationSink sink)
        {
            // Candidates come in table order; rules of one context come together and share one count of their paths.
            RuleGroup? group = null;
            int[]? groupCounts = null;
            foreach (var rule in _index.Candidates(element.Name))
            {
                if (rule.Group != group)
                {
                    group = rule.Group;
                    groupCounts = null;
                    if (group.Matches(element))
                    {
                        groupCounts = _counts[group.Id] ??= new int[group.Size];
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
