using System.Xml.Linq;

namespace OpenChorus.Formats.Xml;

/// <summary>An element that knows the line it starts on in the source (see <see cref="XmlValues.Line"/>).</summary>
internal sealed class LinedElement(XName name, int line, object? content) : XElement(name, content)
{
    /// <summary>The line of the element's start tag.</summary>
    public int Line { get; } = line;
}
