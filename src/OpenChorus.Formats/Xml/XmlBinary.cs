using System.Buffers;
using System.Text;
using System.Xml.Linq;
using OpenChorus.Formats.Model;

namespace OpenChorus.Formats.Xml;

/// <summary>Reads binary objects and classification codes, the values the plain text helpers do not cover.</summary>
internal static class XmlBinary
{
    /// <summary>The element's base64 content, decoded; null when missing or not base64.</summary>
    public static byte[]? Base64(this XElement? element)
    {
        if (element is null)
        {
            return null;
        }

        var text = element.Value;
        return Decode(text) ?? Strict(text);
    }

    /// <summary>
    /// The text narrowed to ASCII and given to the vectorised UTF-8 decoder, into an array of the exact size, when it is
    /// plain base64 (no white space), which is what writers emit; null when it is anything else, so that
    /// <see cref="Strict"/> decides (white space, bad input) as before.
    /// </summary>
    private static byte[]? Decode(string text)
    {
        if (text.Length == 0 || text.Length % 4 != 0)
        {
            return null;
        }

        var padding = text.EndsWith("==", StringComparison.Ordinal) ? 2 : text.EndsWith('=') ? 1 : 0;
        var ascii = ArrayPool<byte>.Shared.Rent(text.Length);
        try
        {
            var bytes = new byte[(text.Length / 4 * 3) - padding];
            return Ascii.FromUtf16(text, ascii, out var narrowed) == OperationStatus.Done &&
                System.Buffers.Text.Base64.DecodeFromUtf8(ascii.AsSpan(0, narrowed), bytes, out var consumed, out var written) == OperationStatus.Done &&
                consumed == text.Length && written == bytes.Length
                ? bytes
                : null;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(ascii);
        }
    }

    private static byte[]? Strict(string text)
    {
        try
        {
            return Convert.FromBase64String(text);
        }
        catch (FormatException)
        {
            return null;
        }
    }

    /// <summary>An item classification code (BT-158) with its scheme (listID, BT-158-1) and version (listVersionID, BT-158-2).</summary>
    public static Identifier? ClassificationId(this XElement? element) =>
        element.Id("listID") is { } id ? id with { SchemeVersionId = element.Attr("listVersionID") } : null;
}
