using System.Xml.Linq;

namespace OpenChorus.Formats.Validation.Syntax;

/// <summary>A table row turned into name steps that can be matched and evaluated on LINQ to XML elements.</summary>
internal sealed class CompiledSyntaxRule
{
    private readonly List<ContextPattern> _patterns;
    private readonly XName[] _pathSteps;
    private readonly string? _attribute;

    private CompiledSyntaxRule(SyntaxRuleRow row, List<ContextPattern> patterns, XName[] pathSteps, string? attribute)
    {
        Row = row;
        _patterns = patterns;
        _pathSteps = pathSteps;
        _attribute = attribute;
    }

    public SyntaxRuleRow Row { get; }

    /// <summary>The last step of each context pattern: the element names the rule can fire on.</summary>
    public IEnumerable<ContextStep> LastSteps => _patterns.Select(p => p.Steps[^1]);

    public static CompiledSyntaxRule? Compile(SyntaxRuleRow row)
    {
        var patterns = row.Context.Split('|', StringSplitOptions.TrimEntries).Select(ContextPattern.Parse).ToList();
        if (patterns.Any(p => p is null))
        {
            return null;
        }

        var parts = row.Path.Split('/');
        var attribute = parts[^1].StartsWith('@') ? parts[^1][1..] : null;
        var elementParts = attribute is null ? parts : parts[..^1];
        var steps = elementParts.Select(Prefixes.Resolve).ToArray();
        return steps.Any(s => s is null) ? null : new CompiledSyntaxRule(row, patterns!, steps!, attribute);
    }

    public bool Matches(XElement element)
    {
        foreach (var pattern in _patterns)
        {
            if (pattern.Matches(element))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the test holds on the context element, whose child element names are given.</summary>
    public bool Holds(XElement context, HashSet<XName> childNames)
    {
        if (_pathSteps.Length > 0 && !childNames.Contains(_pathSteps[0]))
        {
            return Row.Test != SyntaxTest.Present && (Row.Test != SyntaxTest.Count || !Row.Exact || Row.Limit == 0);
        }

        // Counting stops as soon as the outcome is known: one match past the limit, or the first match.
        var stopAt = Row.Test == SyntaxTest.Count ? Row.Limit + 1 : 1;
        var count = Count(context, 0, stopAt);
        return Row.Test switch
        {
            SyntaxTest.Count => Row.Exact ? count == Row.Limit : count <= Row.Limit,
            SyntaxTest.Absent => count == 0,
            SyntaxTest.Present => count > 0,
        };
    }

    /// <summary>Counts the nodes the path reaches below the element, without allocating, up to stopAt.</summary>
    private int Count(XElement element, int step, int stopAt)
    {
        if (step == _pathSteps.Length)
        {
            return _attribute is null || element.Attribute(_attribute) is not null ? 1 : 0;
        }

        var count = 0;
        var name = _pathSteps[step];
        for (var node = element.FirstNode; node is not null && count < stopAt; node = node.NextNode)
        {
            if (node is XElement child && child.Name == name)
            {
                count += Count(child, step + 1, stopAt - count);
            }
        }

        return count;
    }
}
