using System.Xml.Linq;
using OpenChorus.Formats.Xml;

namespace OpenChorus.Formats.Validation.Structure;

/// <summary>
/// The structural checks the UBL 2.1 and CII D16B XSDs make (UBL-XSD, CII-XSD), in one pass from the root: no element
/// the type does not declare, children in schema order, no more occurrences than allowed, mandatory children and
/// attributes present, no text between child elements and no element inside a value.
/// </summary>
internal sealed class StructureRules
{
    private readonly string _rule;
    private readonly ViolationSink _sink;

    private StructureRules(string rule, ViolationSink sink)
    {
        _rule = rule;
        _sink = sink;
    }

    public static void Check(XElement root, bool cii, ViolationSink sink)
    {
        if (SchemaTable.Root(root.Name, cii) is { } model)
        {
            new StructureRules(cii ? "CII-XSD" : "UBL-XSD", sink).Visit(root, model);
        }
    }

    private void Visit(XElement e, ContentModel model)
    {
        switch (model.Kind)
        {
            case ContentKind.Value:
                Value(e, model);
                break;
            case ContentKind.Sequence:
                ElementContent(e);
                Sequence(e, model);
                break;
            case ContentKind.Choice:
                ElementContent(e);
                Choice(e, model);
                break;
            case ContentKind.Any:
                break;
        }
    }

    private void Sequence(XElement e, ContentModel model)
    {
        var particles = model.Particles;
        var (position, count) = (0, 0);
        List<string>? missing = null;
        for (var child = FirstChild(e); child is not null; child = NextSibling(child))
        {
            if (Find(model, child.Name, position) is not (>= 0 and var index))
            {
                Report(child, StructureMessages.Unexpected(child, e, Expected(particles, position, count)));
                continue;
            }

            if (index == position)
            {
                count++;
                if (count == particles[index].Max + 1)
                {
                    Report(child, StructureMessages.TooMany(child, e, particles[index].Max));
                }
            }
            else if (index > position)
            {
                for (var skipped = position; skipped < index; skipped++)
                {
                    RequireMinimum(e, particles[skipped], skipped == position ? count : 0, ref missing);
                }

                (position, count) = (index, 1);
            }
            else
            {
                Report(child, StructureMessages.OutOfOrder(child, e, Expected(particles, position, count)));
            }

            Visit(child, particles[index].Type);
        }

        for (var rest = position; rest < particles.Length; rest++)
        {
            RequireMinimum(e, particles[rest], rest == position ? count : 0, ref missing);
        }

        if (missing is not null)
        {
            Report(e, StructureMessages.MissingChildren(e, missing));
        }
    }

    private void Choice(XElement e, ContentModel model)
    {
        var chosen = 0;
        for (var child = FirstChild(e); child is not null; child = NextSibling(child))
        {
            if (!model.Positions.TryGetValue(child.Name, out var index))
            {
                Report(child, StructureMessages.Unexpected(child, e, [.. model.Particles.Select(p => p.Qualified)]));
                continue;
            }

            if (++chosen == 2)
            {
                Report(child, StructureMessages.TooMany(child, e, 1));
            }

            Visit(child, model.Particles[index].Type);
        }

        if (chosen == 0)
        {
            Report(e, StructureMessages.MissingChoice(e, [.. model.Particles.Select(p => p.Qualified)]));
        }
    }

    private void Value(XElement e, ContentModel model)
    {
        for (var attribute = e.FirstAttribute; attribute is not null; attribute = attribute.NextAttribute)
        {
            if (!attribute.IsNamespaceDeclaration && attribute.Name.Namespace == XNamespace.None && !model.Attributes.ContainsKey(attribute.Name.LocalName))
            {
                Report(e, StructureMessages.UnknownAttribute(e, attribute.Name.LocalName));
            }
        }

        foreach (var required in model.RequiredAttributes)
        {
            if (e.Attribute(required) is null)
            {
                Report(e, StructureMessages.MissingAttribute(e, required));
            }
        }

        if (FirstChild(e) is { } child)
        {
            Report(child, StructureMessages.ElementInValue(child, e));
        }
    }

    /// <summary>Element content: no attribute of its own (UBL and CII declare none) and no text between the children.</summary>
    private void ElementContent(XElement e)
    {
        for (var attribute = e.FirstAttribute; attribute is not null; attribute = attribute.NextAttribute)
        {
            if (!attribute.IsNamespaceDeclaration && attribute.Name.Namespace == XNamespace.None)
            {
                Report(e, StructureMessages.UnknownAttribute(e, attribute.Name.LocalName));
            }
        }

        for (var node = e.FirstNode; node is not null; node = node.NextNode)
        {
            if (node is XText text && !string.IsNullOrWhiteSpace(text.Value))
            {
                Report(e, StructureMessages.TextInElementContent(e));
                return;
            }
        }
    }

    /// <summary>
    /// The particle of a child element, or -1. Children mostly come in schema order, so the few particles from the
    /// current position are compared first (names are atomized: one reference each) before the dictionary of all.
    /// </summary>
    private static int Find(ContentModel model, XName name, int position)
    {
        var particles = model.Particles;
        var end = Math.Min(particles.Length, position + 4);
        for (var i = position; i < end; i++)
        {
            if (ReferenceEquals(particles[i].Name, name))
            {
                return i;
            }
        }

        return model.Positions.TryGetValue(name, out var index) ? index : -1;
    }

    /// <summary>Notes a mandatory child too few times present; one present but misplaced is reported as out of order instead.</summary>
    private static void RequireMinimum(XElement parent, Particle particle, int count, ref List<string>? missing)
    {
        if (count < particle.Min && (count > 0 || parent.Element(particle.Name) is null))
        {
            (missing ??= []).Add(particle.Qualified);
        }
    }

    /// <summary>What may come at this point: the current particle if not full, then each following one up to the first mandatory.</summary>
    private static List<string> Expected(Particle[] particles, int position, int count)
    {
        var expected = new List<string>();
        for (var i = position; i < particles.Length; i++)
        {
            var seen = i == position ? count : 0;
            if (seen < particles[i].Max)
            {
                expected.Add(particles[i].Qualified);
            }

            if (seen < particles[i].Min)
            {
                break;
            }
        }

        return expected;
    }

    /// <summary>
    /// The first child element, walking the nodes rather than allocating an Elements() iterator per element. HasElements
    /// comes first: FirstNode would turn an element's plain text into a text node.
    /// </summary>
    private static XElement? FirstChild(XElement e)
    {
        if (!e.HasElements)
        {
            return null;
        }

        var node = e.FirstNode;
        while (node is not null and not XElement)
        {
            node = node.NextNode;
        }

        return (XElement?)node;
    }

    private static XElement? NextSibling(XElement e)
    {
        var node = e.NextNode;
        while (node is not null and not XElement)
        {
            node = node.NextNode;
        }

        return (XElement?)node;
    }

    private void Report(XElement at, (string English, string French) message) =>
        _sink.Report(_rule, XmlValues.XPathOf(at), at.Line(), message.English, message.French);
}
