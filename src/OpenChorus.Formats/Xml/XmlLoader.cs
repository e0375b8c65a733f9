using System.Xml;
using System.Xml.Linq;

namespace OpenChorus.Formats.Xml;

/// <summary>
/// Loads XML into LINQ to XML, recording each element's line as a light annotation (LoadOptions.SetLineInfo records
/// every attribute too, and costs a third of the load). Whitespace, comments and processing instructions are skipped.
/// </summary>
internal static class XmlLoader
{
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreWhitespace = true,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
    };

    /// <summary>Loads the document; throws <see cref="XmlException"/> when it is not well-formed.</summary>
    public static XDocument Load(byte[] content)
    {
        using var reader = XmlReader.Create(new MemoryStream(content), Settings);
        var lines = (IXmlLineInfo)reader;
        var document = new XDocument();
        XContainer current = document;
        while (reader.Read())
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element:
                    var element = new XElement(XNamespace.Get(reader.NamespaceURI) + reader.LocalName);
                    element.AddAnnotation(new ElementLine(lines.LineNumber));
                    ReadAttributes(reader, element);
                    current.Add(element);
                    if (!reader.IsEmptyElement)
                    {
                        current = element;
                    }

                    break;
                case XmlNodeType.EndElement:
                    current = current.Parent ?? (XContainer)document;
                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace:
                    current.Add(new XText(reader.Value));
                    break;
                default:
                    break;
            }
        }

        return document;
    }

    private static void ReadAttributes(XmlReader reader, XElement element)
    {
        if (!reader.MoveToFirstAttribute())
        {
            return;
        }

        do
        {
            var name = reader.NamespaceURI.Length == 0 || (reader.Prefix.Length == 0 && reader.LocalName == "xmlns")
                ? XName.Get(reader.LocalName)
                : XNamespace.Get(reader.NamespaceURI) + reader.LocalName;
            element.Add(new XAttribute(name, reader.Value));
        }
        while (reader.MoveToNextAttribute());

        reader.MoveToElement();
    }
}

/// <summary>The line an element starts on.</summary>
internal sealed record ElementLine(int Line);
