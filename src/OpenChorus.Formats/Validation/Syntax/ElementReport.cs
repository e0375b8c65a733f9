using System.Collections.Frozen;
using System.Xml.Linq;
using OpenChorus.Formats.Xml;

namespace OpenChorus.Formats.Validation.Syntax;

/// <summary>Reports a rule broken at an element (its XPath and line), and the code list checks built on it.</summary>
internal static class ElementReport
{
    /// <summary>Reports the rule when the element's text is not one of the codes.</summary>
    public static void Text(XElement e, FrozenSet<string> codes, string rule, ViolationSink sink)
    {
        if (!codes.Contains(e.Value.Trim()))
        {
            Report(e, rule, e.Value.Trim(), sink);
        }
    }

    /// <summary>Reports the rule when the attribute is given and is not one of the codes.</summary>
    public static void Attribute(XElement e, string attribute, FrozenSet<string> codes, string rule, ViolationSink sink)
    {
        if (e.Attribute(attribute) is { } value && !codes.Contains(value.Value.Trim()))
        {
            Report(e, rule, value.Value.Trim(), sink);
        }
    }

    /// <summary>Reports a code list rule at the element, with messages naming the wrong code.</summary>
    public static void Report(XElement e, string rule, string code, ViolationSink sink)
    {
        if (RuleCatalog.CodeListMessage(rule, code) is { } message)
        {
            sink.Report(rule, XmlValues.XPathOf(e), e.Line(), message.English, message.French);
        }
        else
        {
            Report(e, rule, sink);
        }
    }

    /// <summary>Reports the rule at the element.</summary>
    public static void Report(XElement e, string rule, ViolationSink sink) =>
        sink.Report(rule, XmlValues.XPathOf(e), e.Line());
}
