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
            node = node.Child(step) ?? node.Add(step);
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

        if (node.Names.Length == 0 || !element.HasElements)
        {
            return;
        }

        for (var child = element.FirstNode; child is not null; child = child.NextNode)
        {
            if (child is XElement e && node.Child(e.Name) is { } next)
            {
                Walk(e, next, counts);
            }
        }
    }

    /// <summary>
    /// One step of the merged paths. Most steps have a few children, found by scanning their names for the same XName
    /// object (names are atomized), cheaper than hashing into a dictionary for every child element; a step with many
    /// (the document root's) keeps a dictionary as well.
    /// </summary>
    private sealed class PathNode
    {
        private const int MaxScanned = 8;

        private Dictionary<XName, PathNode>? _many;

        public XName[] Names { get; private set; } = [];

        public PathNode[] Children { get; private set; } = [];

        public List<(int Slot, XName? Attribute)> Ends { get; } = [];

        public PathNode? Child(XName name)
        {
            if (_many is not null)
            {
                return _many.GetValueOrDefault(name);
            }

            var names = Names;
            for (var i = 0; i < names.Length; i++)
            {
                if (ReferenceEquals(names[i], name))
                {
                    return Children[i];
                }
            }

            return null;
        }

        public PathNode Add(XName name)
        {
            var child = new PathNode();
            Names = [.. Names, name];
            Children = [.. Children, child];
            if (Names.Length > MaxScanned)
            {
                _many = Names.Zip(Children).ToDictionary(pair => pair.First, pair => pair.Second);
            }

            return child;
        }
    }
}
