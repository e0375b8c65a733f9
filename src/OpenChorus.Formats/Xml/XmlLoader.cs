using System.Buffers;
using System.Xml;
using System.Xml.Linq;

namespace OpenChorus.Formats.Xml;

/// <summary>
/// Loads XML into LINQ to XML, each element recording the line it starts on (LoadOptions.SetLineInfo records every
/// attribute too, and costs a third of the load). Whitespace, comments and processing instructions are skipped.
/// </summary>
internal static class XmlLoader
{
    private const int ChunkSize = 4096;

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
        var names = ReaderNames.Take(Settings);
        var text = ArrayPool<char>.Shared.Rent(ChunkSize);
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(content), names.Settings);
            using var builder = new TreeBuilder((IXmlLineInfo)reader, names);
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
                        builder.Text(ReadText(reader, ref text));
                        break;
                    default:
                        break;
                }
            }

            return builder.Document();
        }
        finally
        {
            ArrayPool<char>.Shared.Return(text);
            names.Release();
        }
    }

    /// <summary>
    /// The text node's value, read in chunks into the buffer (grown as needed): for a long text (a base64 attachment of
    /// megabytes), reader.Value would gather the chunks in a StringBuilder first, one more copy of the whole text.
    /// </summary>
    private static string ReadText(XmlReader reader, ref char[] buffer)
    {
        var length = 0;
        int read;
        while ((read = reader.ReadValueChunk(buffer, length, buffer.Length - length)) > 0)
        {
            length += read;
            if (length == buffer.Length)
            {
                var larger = ArrayPool<char>.Shared.Rent(buffer.Length * 2);
                buffer.AsSpan(0, length).CopyTo(larger);
                ArrayPool<char>.Shared.Return(buffer);
                buffer = larger;
            }
        }

        return new string(buffer, 0, length);
    }
}
