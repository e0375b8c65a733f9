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

        try
        {
            return Convert.FromBase64String(element.Value);
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
