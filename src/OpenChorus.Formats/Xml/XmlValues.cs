using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using OpenChorus.Formats.Model;

namespace OpenChorus.Formats.Xml;

/// <summary>Reads values out of XML elements with the invariant culture, never throwing on bad content.</summary>
internal static class XmlValues
{
    private const NumberStyles DecimalStyle = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint |
        NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite;

    /// <summary>The trimmed text of the element, or null when the element is missing.</summary>
    public static string? Text(this XElement? element) => element?.Value.Trim();

    /// <summary>The trimmed text of the first child with that name, or null.</summary>
    public static string? ChildText(this XElement? parent, XName name) => parent?.Element(name)?.Value.Trim();

    /// <summary>The trimmed value of an attribute, or null.</summary>
    public static string? Attr(this XElement? element, string name) => element?.Attribute(name)?.Value.Trim();

    /// <summary>Follows a path of child names, taking the first match at each step.</summary>
    public static XElement? Path(this XElement? element, params ReadOnlySpan<XName> names)
    {
        foreach (var name in names)
        {
            element = element?.Element(name);
        }

        return element;
    }

    /// <summary>Parses an xs:boolean (true, false, 1, 0); null when missing or not a boolean.</summary>
    public static bool? Boolean(this XElement? element) => element?.Value.Trim() switch
    {
        "true" or "1" => true,
        "false" or "0" => false,
        _ => null,
    };

    /// <summary>Parses an xs:decimal; null when missing or not a decimal.</summary>
    public static decimal? Decimal(this XElement? element)
    {
        var text = element?.Value;
        return text is not null && (PlainDecimal.TryParse(text, out var value) ||
            decimal.TryParse(text, DecimalStyle, CultureInfo.InvariantCulture, out value))
            ? value
            : null;
    }

    /// <summary>True when the element exists but does not hold an xs:decimal.</summary>
    public static bool IsBadDecimal(this XElement? element) =>
        element is not null && element.Decimal() is null;

    /// <summary>Parses a date in the given exact format (yyyy-MM-dd for UBL, yyyyMMdd for CII format 102).</summary>
    public static DateOnly? Date(this XElement? element, string format)
    {
        if (element is null)
        {
            return null;
        }

        var text = element.Value.AsSpan().Trim();
        return IsoDate.TryParse(text, format, out var date) || DateOnly.TryParseExact(
            text, format, CultureInfo.InvariantCulture, DateTimeStyles.None, out date) ? date : null;
    }

    /// <summary>An identifier from the element text and one of its attributes as scheme.</summary>
    public static Identifier? Id(this XElement? element, string schemeAttribute = "schemeID")
    {
        if (element is null)
        {
            return null;
        }

        return new Identifier(element.Value.Trim(), element.Attr(schemeAttribute));
    }

    /// <summary>The line in the source (0 when line info was not loaded).</summary>
    public static int Line(this XObject node) => node is LinedElement element
        ? element.Line
        : node is IXmlLineInfo info && info.HasLineInfo() ? info.LineNumber : 0;

    /// <summary>A location at the given XPath, with the element's line.</summary>
    public static SourceLocation Locate(this XElement element, string xpath) => new(xpath, element.Line());

    /// <summary>An XPath such as /Invoice/cac:InvoiceLine[2]/cbc:ID, built from the element's ancestors.</summary>
    public static string XPathOf(XElement element)
    {
        var depth = 0;
        for (var current = element; current is not null; current = current.Parent)
        {
            depth++;
        }

        var steps = new string[depth];
        for (var current = element; current is not null; current = current.Parent)
        {
            var prefix = current.GetPrefixOfNamespace(current.Name.Namespace);
            var name = string.IsNullOrEmpty(prefix) ? current.Name.LocalName : prefix + ":" + current.Name.LocalName;
            var (position, repeated) = Position(current);
            steps[--depth] = repeated ? string.Create(CultureInfo.InvariantCulture, $"{name}[{position}]") : name;
        }

        return "/" + string.Join('/', steps);
    }

    /// <summary>The element's position among its same-named siblings, and whether it has any.</summary>
    private static (int Position, bool Repeated) Position(XElement element)
    {
        if (element.Parent is null)
        {
            return (1, false);
        }

        var position = 1;
        var repeated = false;
        var passed = false;
        for (var node = element.Parent.FirstNode; node is not null; node = node.NextNode)
        {
            if (node == element)
            {
                passed = true;
            }
            else if (node is XElement sibling && sibling.Name == element.Name)
            {
                repeated = true;
                position += passed ? 0 : 1;
            }
        }

        return (position, repeated);
    }
}
