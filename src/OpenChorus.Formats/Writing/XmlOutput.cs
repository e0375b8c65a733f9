using System.Globalization;
using System.Text;
using System.Xml;
using OpenChorus.Formats.Model;

namespace OpenChorus.Formats.Writing;

/// <summary>
/// The XmlWriter under both writers, and what they share: UTF-8 without BOM, two-space indent, LF line ends,
/// numbers and dates in the invariant culture, and the list of what was left out.
/// </summary>
internal abstract class XmlOutput : IDisposable
{
    private static readonly XmlWriterSettings Settings = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = true,
        IndentChars = "  ",
        NewLineChars = "\n",
        NewLineHandling = NewLineHandling.Replace,
    };

    private readonly MemoryStream _stream = new();
    private readonly List<ConversionLoss> _losses = [];
    private readonly HashSet<string> _lostTerms = new(StringComparer.Ordinal);

    protected XmlOutput()
    {
        Xml = XmlWriter.Create(_stream, Settings);
    }

    /// <summary>The writer the document is written to.</summary>
    protected XmlWriter Xml { get; }

    /// <summary>What was left out so far.</summary>
    public IReadOnlyList<ConversionLoss> Losses => _losses;

    /// <summary>Ends the document and returns its bytes.</summary>
    public byte[] Finish()
    {
        Xml.WriteEndDocument();
        Xml.Flush();
        return _stream.ToArray();
    }

    public void Dispose() => Xml.Dispose();

    /// <summary>Records a term that could not be written (once per term).</summary>
    protected void Lose(string term, string french, string english)
    {
        if (_lostTerms.Add(term))
        {
            _losses.Add(new ConversionLoss(term, french, english));
        }
    }

    /// <summary>
    /// The mime code (BT-125-1) of an attached document. Both bindings require the attribute on the binary object, so
    /// when the model has none "application/octet-stream" is written, and that is reported, never done silently: it
    /// is not a code EN 16931 allows (BR-CL-24).
    /// </summary>
    protected string MimeCode(string? mimeCode)
    {
        if (mimeCode is not null)
        {
            return mimeCode;
        }

        Lose("BT-125-1",
            "Une pièce jointe (BT-125) n'a pas de code MIME (BT-125-1), que la syntaxe exige : « application/octet-stream » a été écrit, "
            + "qui n'est pas un code admis par EN 16931 (BR-CL-24) ; indiquez le type du fichier (application/pdf, image/png…).",
            "An attached document (BT-125) has no mime code (BT-125-1), which the syntax requires: \"application/octet-stream\" was written, "
            + "which EN 16931 does not allow (BR-CL-24); give the file's type (application/pdf, image/png…).");
        return "application/octet-stream";
    }

    /// <summary>An item classification (BT-158) with its scheme (BT-158-1) and scheme version (BT-158-2), in either binding.</summary>
    protected void Classification(string prefix, string name, string ns, Identifier classification)
    {
        Xml.WriteStartElement(prefix, name, ns);
        if (classification.SchemeId is not null)
        {
            Xml.WriteAttributeString("listID", classification.SchemeId);
        }

        if (classification.SchemeVersionId is not null)
        {
            Xml.WriteAttributeString("listVersionID", classification.SchemeVersionId);
        }

        Xml.WriteString(classification.Value);
        Xml.WriteEndElement();
    }

    /// <summary>Records a term the target holds once per invoice when the model has several different values of it.</summary>
    protected void LoseAllButFirst(string term, IEnumerable<string?> values, string french, string english)
    {
        if (values.OfType<string>().Distinct(StringComparer.Ordinal).Skip(1).Any())
        {
            Lose(term, french, english);
        }
    }

    /// <summary>An element with text content, skipped when the value is null.</summary>
    protected void Leaf(string prefix, string name, string ns, string? value)
    {
        if (value is not null)
        {
            Xml.WriteStartElement(prefix, name, ns);
            Xml.WriteString(value);
            Xml.WriteEndElement();
        }
    }

    /// <summary>An element with text content and one attribute (left out when null), skipped when the value is null.</summary>
    protected void Leaf(string prefix, string name, string ns, string? value, string attribute, string? attributeValue)
    {
        if (value is null)
        {
            return;
        }

        Xml.WriteStartElement(prefix, name, ns);
        if (attributeValue is not null)
        {
            Xml.WriteAttributeString(attribute, attributeValue);
        }

        Xml.WriteString(value);
        Xml.WriteEndElement();
    }

    protected static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    protected static string? Number(decimal? value) => value?.ToString(CultureInfo.InvariantCulture);

    protected static bool Any(params ReadOnlySpan<object?> values)
    {
        foreach (var value in values)
        {
            if (value is not null)
            {
                return true;
            }
        }

        return false;
    }
}
