using System.Xml.Linq;

namespace OpenChorus.Formats.Xml;

/// <summary>
/// The XNamespace of the few namespace URIs of one document. The reader hands out the same string instance for the
/// same URI, so a reference comparison finds it without hashing the URI again for every element.
/// </summary>
internal sealed class NamespaceCache
{
    private const int Size = 8;
    private readonly string[] _uris = new string[Size];
    private readonly XNamespace[] _namespaces = new XNamespace[Size];
    private int _next;

    /// <summary>The namespace of a URI.</summary>
    public XNamespace Get(string uri)
    {
        for (var i = 0; i < Size; i++)
        {
            if (ReferenceEquals(_uris[i], uri))
            {
                return _namespaces[i];
            }
        }

        var ns = XNamespace.Get(uri);
        _uris[_next] = uri;
        _namespaces[_next] = ns;
        _next = (_next + 1) % Size;
        return ns;
    }
}
