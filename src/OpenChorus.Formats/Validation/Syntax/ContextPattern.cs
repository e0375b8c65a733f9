using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace OpenChorus.Formats.Validation.Syntax;

/// <summary>One step of a context pattern: an exact name, or any name in a namespace ending with a suffix.</summary>
internal sealed record ContextStep(XName? Name, XNamespace? Namespace, string? Suffix)
{
    public bool Matches(XElement element) => Matches(element.Name);

    public bool Matches(XName name) => Name is not null
        ? name == Name
        : name.Namespace == Namespace && name.LocalName.EndsWith(Suffix!, StringComparison.Ordinal);
}

/// <summary>A schematron rule context such as /rsm:CrossIndustryInvoice/rsm:ExchangedDocument or //ram:PostalTradeAddress.</summary>
internal sealed partial class ContextPattern
{
    private ContextPattern(bool absolute, ContextStep[] steps)
    {
        Absolute = absolute;
        Steps = steps;
    }

    public bool Absolute { get; }

    public ContextStep[] Steps { get; }

    public static ContextPattern? Parse(string pattern)
    {
        var absolute = pattern.StartsWith('/') && !pattern.StartsWith("//", StringComparison.Ordinal);
        var steps = new List<ContextStep>();
        foreach (var part in pattern.TrimStart('/').Split('/'))
        {
            var suffix = SuffixStep().Match(part);
            if (suffix.Success)
            {
                steps.Add(new ContextStep(null, Prefixes.Resolve(suffix.Groups[1].Value + ":x")?.Namespace, suffix.Groups[2].Value));
                continue;
            }

            if (Prefixes.Resolve(part) is not { } name)
            {
                return null;
            }

            steps.Add(new ContextStep(name, null, null));
        }

        return new ContextPattern(absolute, [.. steps]);
    }

    public bool Matches(XElement element)
    {
        XElement? current = element;
        for (var i = Steps.Length - 1; i >= 0; i--)
        {
            if (current is null || !Steps[i].Matches(current))
            {
                return false;
            }

            current = current.Parent;
        }

        return !Absolute || current is null;
    }

    [GeneratedRegex(@"^([a-z]+):\*\[ends-with\(name\(\), '([A-Za-z]+)'\)\]$")]
    private static partial Regex SuffixStep();
}
