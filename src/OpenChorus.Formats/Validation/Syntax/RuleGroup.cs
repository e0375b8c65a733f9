using System.Xml.Linq;

namespace OpenChorus.Formats.Validation.Syntax;

/// <summary>
/// The table rules of one context. Their paths are merged into a tree of names, so that a single walk below a context
/// element counts what every rule's path reaches, instead of one scan of the children per rule.
/// </summary>
internal sealed class RuleGroup(int id, ContextPattern[] patterns)
{
    private readonly PathNode _paths = new();

    /// <summary>The group's number within its index.</summary>
    public int Id { get; } = id;

    /// <summary>The context patterns (alternatives joined by '|').</summary>
    public ContextPattern[] Patterns { get; } = patterns;

    /// <summary>Number of paths, each counted in its own slot.</summary>
    public int Size { get; private set; }

    /// <summary>Adds a rule's path (child names, then an optional attribute); returns the slot that counts it.</summary>
    public int AddPath(XName[] steps, string? attribute)
    {
        var node = _paths;
        foreach (var step in steps)
        {
            node.Children ??= [];
            node = node.Children.TryGetValue(step, out var next) ? next : node.Children[step] = new PathNode();
        }

        node.Ends.Add((Size, attribute is null ? null : XName.Get(attribute)));
        return Size++;
    }

    /// <summary>True when the element is a context of these rules.</summary>
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

    /// <summary>Counts, per slot, the nodes each path reaches below the context element.</summary>
    public void Count(XElement context, int[] counts)
    {
        Array.Clear(counts, 0, Size);
        Walk(context, _paths, counts);
    }

    private static void Walk(XElement element, PathNode node, int[] counts)
    {
        foreach (var (slot, attribute) in node.Ends)
        {
            counts[slot] += attribute is null || element.Attribute(attribute) is not null ? 1 : 0;
        }

        if (node.Children is not { } children || !element.HasElements)
        {
            return;
        }

        for (var child = element.FirstNode; child is not null; child = child.NextNode)
        {
            if (child is XElement e && children.TryGetValue(e.Name, out var next))
            {
                Walk(e, next, counts);
            }
        }
    }

    private sealed class PathNode
    {
        public Dictionary<XName, PathNode>? Children { get; set; }

        public List<(int Slot, XName? Attribute)> Ends { get; } = [];
    }
}
