namespace OpenChorus.Formats.Validation.Syntax;

/// <summary>A table row turned into name steps that can be matched and evaluated on LINQ to XML elements.</summary>
internal sealed class CompiledSyntaxRule
{
    private CompiledSyntaxRule(SyntaxRuleRow row, RuleGroup group, int slot)
    {
        Row = row;
        Group = group;
        Slot = slot;
    }

    public SyntaxRuleRow Row { get; }

    /// <summary>The rules of the same context, which count their paths together.</summary>
    public RuleGroup Group { get; }

    /// <summary>Where the group counts this rule's path.</summary>
    public int Slot { get; }

    /// <summary>The last step of each context pattern: the element names the rule can fire on.</summary>
    public IEnumerable<ContextStep> LastSteps => Group.Patterns.Select(p => p.Steps[^1]);

    /// <summary>Compiles a row; null when its context or path uses a step this evaluator does not know.</summary>
    /// <param name="row">The table row.</param>
    /// <param name="groups">The groups made so far, by context text (null for a context that cannot be compiled).</param>
    public static CompiledSyntaxRule? Compile(SyntaxRuleRow row, Dictionary<string, RuleGroup?> groups)
    {
        if (!groups.TryGetValue(row.Context, out var group))
        {
            var parsed = row.Context.Split('|', StringSplitOptions.TrimEntries).Select(ContextPattern.Parse).ToList();
            group = parsed.Any(p => p is null) ? null : new RuleGroup(groups.Count, [.. parsed.OfType<ContextPattern>()]);
            groups[row.Context] = group;
        }

        var parts = row.Path.Split('/');
        var attribute = parts[^1].StartsWith('@') ? parts[^1][1..] : null;
        var elementParts = attribute is null ? parts : parts[..^1];
        var steps = elementParts.Select(Prefixes.Resolve).ToArray();
        return group is null || steps.Any(s => s is null) ? null : new CompiledSyntaxRule(row, group, group.AddPath(steps!, attribute));
    }

    /// <summary>True when the test holds, given the number of nodes the path reaches below the context element.</summary>
    public bool Holds(int count) => Row.Test switch
    {
        SyntaxTest.Count => Row.Exact ? count == Row.Limit : count <= Row.Limit,
        SyntaxTest.Absent => count == 0,
        SyntaxTest.Present => count > 0,
    };
}
