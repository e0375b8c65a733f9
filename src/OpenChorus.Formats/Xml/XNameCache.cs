using System.Runtime.CompilerServices;
using System.Xml.Linq;

namespace OpenChorus.Formats.Xml;

/// <summary>
/// The names of one namespace, found again by the identity of the local-name string rather than by hashing its text:
/// the readers and rules pass string literals (interned, so always the same object), and XNamespace.GetName hashes the
/// whole text and walks its table on every call. A fixed table of <see cref="Size"/> slots keyed by the object's
/// identity hash; a slot is taken by the first name that lands on it and never replaced, so what is kept does not grow
/// with the input and a name whose slot is taken (or a string built at run time) simply goes to GetName. Thread-safe:
/// a slot holds one immutable entry, set at most once.
/// </summary>
internal sealed class XNameCache(XNamespace ns)
{
    private const int Size = 2048;

    private readonly Entry?[] _entries = new Entry?[Size];

    /// <summary>The name in this namespace with this local name (the same XName object XNamespace.GetName returns).</summary>
    public XName Get(string localName)
    {
        ref var slot = ref _entries[RuntimeHelpers.GetHashCode(localName) & (Size - 1)];
        if (Volatile.Read(ref slot) is { } entry && ReferenceEquals(entry.LocalName, localName))
        {
            return entry.Name;
        }

        var name = ns.GetName(localName);
        Interlocked.CompareExchange(ref slot, new Entry(localName, name), null);
        return name;
    }

    private sealed record Entry(string LocalName, XName Name);
}
