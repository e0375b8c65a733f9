using System.Xml;
using System.Xml.Linq;

namespace OpenChorus.Formats.Xml;

/// <summary>
/// Loads XML into LINQ to XML, each element recording the line it starts on (LoadOptions.SetLineInfo records every
/// attribute too, and costs a third of the load). Whitespace, comments and processing instructions are skipped.
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
        using var builder = new TreeBuilder((IXmlLineInfo)reader);
        while (reader.Read())
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element:
                    builder.Start(reader);
                    if (reader.IsEmptyElement)
                    {
                        builder.End();
                    }

                    break;
                case XmlNodeType.EndElement:
                    builder.End();
                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace:
                    builder.Text(reader.Value);
                    break;
                default:
                    break;
            }
        }

        return builder.Document();
    }
}
