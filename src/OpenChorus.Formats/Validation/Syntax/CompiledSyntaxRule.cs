using System.Xml.Linq;

namespace OpenChorus.Formats.Validation.Syntax;

/// <summary>A table row turned into name steps that can be matched and evaluated on LINQ to XML elements.</summary>
internal sealed class CompiledSyntaxRule
{
    private readonly XName[] _pathSteps;
    private readonly string? _attribute;

    private CompiledSyntaxRule(SyntaxRuleRow row, ContextPattern[] patterns, XName[] pathSteps, string? attribute, int firstStep)
    {
        Row = row;
        Patterns = patterns;
        _pathSteps = pathSteps;
        _attribute = attribute;
        FirstStep = firstStep;
    }

    public SyntaxRuleRow Row { get; }

    /// <summary>The context patterns, one array shared by all the rules of the same context.</summary>
    public ContextPattern[] Patterns { get; }

    /// <summary>The id of the path's first step (see <see cref="SyntaxRuleIndex.FirstStepId"/>); -1 for an attribute of the context itself.</summary>
    public int FirstStep { get; }

    /// <summary>The last step of each context pattern: the element names the rule can fire on.</summary>
    public IEnumerable<ContextStep> LastSteps => Patterns.Select(p => p.Steps[^1]);

    /// <summary>Compiles a row; null when its context or path uses a step this evaluator does not know.</summary>
    /// <param name="row">The table row.</param>
    /// <param name="patterns">The patterns compiled so far, by context text, so that rules of one context share them.</param>
    /// <param name="firstSteps">The ids given so far to the first steps of paths; new ones are added.</param>
    public static CompiledSyntaxRule? Compile(SyntaxRuleRow row, Dictionary<string, ContextPattern[]?> patterns, Dictionary<XName, int> firstSteps)
    {
        if (!patterns.TryGetValue(row.Context, out var context))
        {
            var parsed = row.Context.Split('|', StringSplitOptions.TrimEntries).Select(ContextPattern.Parse).ToList();
            context = parsed.Any(p => p is null) ? null : [.. parsed.OfType<ContextPattern>()];
            patterns[row.Context] = context;
        }

        var parts = row.Path.Split('/');
        var attribute = parts[^1].StartsWith('@') ? parts[^1][1..] : null;
        var elementParts = attribute is null ? parts : parts[..^1];
        var steps = elementParts.Select(Prefixes.Resolve).ToArray();
        if (context is null || steps.Any(s => s is null))
        {
            return null;
        }

        var firstStep = -1;
        if (steps.Length > 0 && !firstSteps.TryGetValue(steps[0]!, out firstStep))
        {
            firstStep = firstSteps[steps[0]!] = firstSteps.Count;
        }

        return new CompiledSyntaxRule(row, context, steps!, attribute, firstStep);
    }

    public bool Matches(XElement element)
    {
        foreach (var pattern in Patterns)
        {
            if (pattern.Matches(element))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the test holds on the context element, told whether it has a child named by the path's first step.</summary>
    public bool Holds(XElement context, bool firstStepPresent)
    {
        if (_pathSteps.Length > 0 && !firstStepPresent)
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
