using System.Xml;
using System.Xml.Linq;

namespace OpenChorus.Formats.Xml;

/// <summary>
/// Builds the tree bottom-up as the reader goes: an element is created at its end tag, with its attributes and
/// children, before it has a parent. LINQ to XML then skips its change notifications (which walk up the ancestors on
/// every add), and an element holding only text keeps it as a plain string, as XDocument.Load does. Disposing it hands
/// its frames, emptied, to the next document loaded on the same thread (at most <see cref="KeptFrames"/> frames, and no
/// list grown past <see cref="KeptCapacity"/>, so that what is kept does not grow with the input).
/// </summary>
internal sealed class TreeBuilder(IXmlLineInfo lines, ReaderNames names) : IDisposable
{
    private const int KeptFrames = 64;
    private const int KeptCapacity = 1024;

    [ThreadStatic]
    private static List<Frame>? _spareFrames;

    private readonly List<Frame> _frames = TakeSpareFrames();
    private readonly XDocument _document = new();
    private int _depth;

    /// <summary>Opens the element the reader is on, with its attributes.</summary>
    public void Start(XmlReader reader)
    {
        if (_depth == _frames.Count)
        {
            _frames.Add(new Frame());
        }

        var frame = _frames[_depth++];
        frame.Name = names.Get(reader.NamespaceURI, reader.LocalName);
        frame.Line = lines.LineNumber;
        frame.Content.Clear();
        if (!reader.MoveToFirstAttribute())
        {
            return;
        }

        do
        {
            var name = reader.NamespaceURI.Length == 0 || (reader.Prefix.Length == 0 && reader.LocalName == "xmlns")
                ? names.Get(string.Empty, reader.LocalName)
                : names.Get(reader.NamespaceURI, reader.LocalName);
            frame.Content.Add(new XAttribute(name, reader.Value));
        }
        while (reader.MoveToNextAttribute());

        reader.MoveToElement();
    }

    /// <summary>Adds text (or CDATA) to the open element.</summary>
    public void Text(string text) => _frames[_depth - 1].Content.Add(text);

    /// <summary>Closes the open element and hands it to its parent (or makes it the root).</summary>
    public void End()
    {
        var frame = _frames[--_depth];
        var content = frame.Content;
        LinedElement element;
        if (content.Count <= 1)
        {
            // A lone text is kept as a string; a lone attribute or child element is added without notifications.
            element = new LinedElement(frame.Name, frame.Line, content.Count == 0 ? null : content[0]);
        }
        else
        {
            // Without a parent, Add skips notifications too. A text beside other nodes gets its own node, as read
            // (adding strings would merge adjacent ones); a text beside attributes only is kept as a string.
            element = new LinedElement(frame.Name, frame.Line, null);
            var nodes = 0;
            foreach (var item in content)
            {
                nodes += item is XAttribute ? 0 : 1;
            }

            foreach (var item in content)
            {
                element.Add(nodes > 1 && item is string text ? new XText(text) : item);
            }
        }

        content.Clear();
        if (_depth == 0)
        {
            _document.Add(element);
        }
        else
        {
            _frames[_depth - 1].Content.Add(element);
        }
    }

    /// <summary>The document, once the reader has reached its end.</summary>
    public XDocument Document() => _document;

    /// <summary>Empties the frames (even after a reading error) and keeps them for this thread's next document.</summary>
    public void Dispose()
    {
        if (_frames.Count > KeptFrames)
        {
            _frames.RemoveRange(KeptFrames, _frames.Count - KeptFrames);
        }

        foreach (var frame in _frames)
        {
            frame.Content.Clear();
            if (frame.Content.Capacity > KeptCapacity)
            {
                frame.Content.Capacity = KeptCapacity;
            }
        }

        _spareFrames = _frames;
    }

    private static List<Frame> TakeSpareFrames()
    {
        var frames = _spareFrames ?? [];
        _spareFrames = null;
        return frames;
    }

    private sealed class Frame
    {
        public XName Name { get; set; } = XName.Get("x");

        public int Line { get; set; }

        public List<object> Content { get; } = [];
    }
}
