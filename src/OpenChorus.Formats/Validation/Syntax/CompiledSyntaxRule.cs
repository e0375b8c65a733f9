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

    public bool Matches(XElement element) => _patterns.Any(p => p.Matches(element));

    /// <summary>True when the test holds on the context element.</summary>
    public bool Holds(XElement context)
    {
        var count = Count(context);
        return Row.Test switch
        {
            SyntaxTest.Count => Row.Exact ? count == Row.Limit : count <= Row.Limit,
            SyntaxTest.Absent => count == 0,
            SyntaxTest.Present => count > 0,
        };
    }

    private int Count(XElement context)
    {
        IEnumerable<XElement> current = [context];
        foreach (var step in _pathSteps)
        {
            current = current.Elements(step);
        }

        return _attribute is null ? current.Count() : current.Count(e => e.Attribute(_attribute) is not null);
    }
}
