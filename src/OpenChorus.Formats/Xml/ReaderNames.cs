using System.Runtime.CompilerServices;
using System.Xml;
using System.Xml.Linq;

namespace OpenChorus.Formats.Xml;

/// <summary>
/// The names the loader meets, kept from one document to the next on the same thread: the reader's name table (so that
/// the same few hundred element and attribute names are not allocated again in every document) and the XName of each
/// (namespace, local name) pair, found by the identity of the two strings the table hands out rather than by hashing
/// their text. No value is kept, only names. A table that has taken more than <see cref="MaxNames"/> names (input made
/// of ever new names) is dropped after its document rather than kept, so that what is kept does not grow with the input.
/// </summary>
internal sealed class ReaderNames
{
    private const int MaxNames = 4096;
    private const int Slots = 1024;

    [ThreadStatic]
    private static ReaderNames? _spare;

    private readonly CountingNameTable _table = new();
    private readonly Entry?[] _entries = new Entry?[Slots];

    private ReaderNames(XmlReaderSettings settings)
    {
        Settings = settings.Clone();
        Settings.NameTable = _table;
    }

    /// <summary>The loader's reader settings, with this name table.</summary>
    public XmlReaderSettings Settings { get; }

    /// <summary>This thread's names (new ones when none are kept, or while another load on the thread holds them).</summary>
    public static ReaderNames Take(XmlReaderSettings settings)
    {
        var names = _spare ?? new ReaderNames(settings);
        _spare = null;
        return names;
    }

    /// <summary>Keeps the names for this thread's next document, unless the table has grown too large.</summary>
    public void Release()
    {
        if (_table.Count <= MaxNames)
        {
            _spare = this;
        }
    }

    /// <summary>The name of a local name in a namespace, both as the reader handed them out (empty URI: no namespace).</summary>
    public XName Get(string namespaceUri, string localName)
    {
        ref var slot = ref _entries[(RuntimeHelpers.GetHashCode(localName) ^ RuntimeHelpers.GetHashCode(namespaceUri)) & (Slots - 1)];
        if (slot is { } entry && ReferenceEquals(entry.LocalName, localName) && ReferenceEquals(entry.NamespaceUri, namespaceUri))
        {
            return entry.Name;
        }

        var name = XNamespace.Get(namespaceUri).GetName(localName);
        slot = new Entry(namespaceUri, localName, name);
        return name;
    }

    private sealed record Entry(string NamespaceUri, string LocalName, XName Name);

    /// <summary>A name table that counts the names it has added (a name already in it costs one lookup, as before).</summary>
    private sealed class CountingNameTable : NameTable
    {
        public int Count { get; private set; }

        public override string Add(char[] key, int start, int len)
        {
            if (Get(key, start, len) is { } known)
            {
                return known;
            }

            Count++;
            return base.Add(key, start, len);
        }

        public override string Add(string key)
        {
            if (Get(key) is { } known)
            {
                return known;
            }

            Count++;
            return base.Add(key);
        }
    }
}
