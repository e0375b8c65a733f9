using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace OpenChorus.Pdf.Fonts;

/// <summary>
/// Reads a font file from disk into the bytes PDFsharp can embed: a plain TrueType font as it is, the first face of a
/// TrueType collection (.ttc) copied out as a standalone font (PDFsharp 6.2.4 refuses collections). Refuses what
/// PDFsharp cannot embed as a subset: PostScript (CFF) outlines, as in Noto Sans CJK, and fonts whose licence forbids
/// embedding. Each path is read once per process.
/// </summary>
/// <remarks>
/// A font is named by its content, not its path: PDFsharp caches fonts by their bytes and fails on two names for the
/// same bytes (a font reached through two paths, a symbolic link).
/// </remarks>
internal static class FontFile
{
    private const uint Collection = 0x74746366; // 'ttcf'
    private const uint TrueType = 0x00010000;
    private const uint AppleTrueType = 0x74727565; // 'true'
    private static readonly ConcurrentDictionary<string, string?> Paths = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, byte[]> Faces = new(StringComparer.Ordinal);

    /// <summary>The name of the font at this path (see <see cref="Bytes"/>), or null when the file is missing, unreadable or not a usable TrueType font.</summary>
    public static string? TryLoad(string path) => Paths.GetOrAdd(path, Read);

    /// <summary>The bytes of a font <see cref="TryLoad"/> named.</summary>
    public static byte[]? Bytes(string name) => Faces.GetValueOrDefault(name);

    /// <summary>The standalone TrueType font in these bytes (a collection's first face), its tables laid out anew; null when unusable.</summary>
    internal static byte[]? Extract(byte[] data)
    {
        if (data.Length < 12)
        {
            return null;
        }

        var offset = 0;
        if (U32(data, 0) == Collection)
        {
            if (data.Length < 16 || U32(data, 8) == 0)
            {
                return null;
            }

            offset = (int)Math.Min(U32(data, 12), int.MaxValue);
        }

        // A plain font is copied too, so that the same font in a .ttf and in a .ttc gives the same bytes.
        var face = CopyFace(data, offset);
        return face is not null && IsEmbeddableTrueType(face) ? face : null;
    }

    private static string? Read(string path)
    {
        try
        {
            if (!File.Exists(path) || Extract(File.ReadAllBytes(path)) is not { } face)
            {
                return null;
            }

            var name = Convert.ToHexString(SHA256.HashData(face), 0, 12);
            Faces.TryAdd(name, face);
            return name;
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Copies one face of a collection into a font of its own, table offsets rebased to the new file.</summary>
    private static byte[]? CopyFace(byte[] data, int offset)
    {
        if (offset < 0 || offset + 12 > data.Length)
        {
            return null;
        }

        int count = U16(data, offset + 4);
        var header = 12 + (16 * count);
        if (offset + header > data.Length)
        {
            return null;
        }

        var size = (long)header;
        for (var i = 0; i < count; i++)
        {
            var record = offset + 12 + (16 * i);
            var (start, length) = (U32(data, record + 8), U32(data, record + 12));
            if (start + (long)length > data.Length)
            {
                return null;
            }

            size += (length + 3) & ~3L;
        }

        var face = new byte[size];
        Array.Copy(data, offset, face, 0, header);
        var at = header;
        for (var i = 0; i < count; i++)
        {
            var record = 12 + (16 * i);
            var (start, length) = ((int)U32(face, record + 8), (int)U32(face, record + 12));
            Array.Copy(data, start, face, at, length);
            BinaryPrimitives.WriteUInt32BigEndian(face.AsSpan(record + 8), (uint)at);
            at += (length + 3) & ~3;
        }

        return face;
    }

    /// <summary>TrueType outlines (glyf and loca tables) and an OS/2 fsType that allows embedding.</summary>
    private static bool IsEmbeddableTrueType(byte[] face)
    {
        var version = U32(face, 0);
        if (version is not (TrueType or AppleTrueType))
        {
            return false;
        }

        int count = U16(face, 4);
        if (12 + (16 * count) > face.Length)
        {
            return false;
        }

        var (glyf, loca, restricted) = (false, false, false);
        for (var i = 0; i < count; i++)
        {
            var record = 12 + (16 * i);
            var tag = U32(face, record);
            glyf |= tag == 0x676C7966; // 'glyf'
            loca |= tag == 0x6C6F6361; // 'loca'
            var start = U32(face, record + 8);
            if (tag == 0x4F532F32 && start + 10 <= (uint)face.Length) // 'OS/2', fsType at offset 8
            {
                restricted = (U16(face, (int)start + 8) & 0x000F) == 0x0002;
            }
        }

        return glyf && loca && !restricted;
    }

    private static uint U32(byte[] data, int at) => BinaryPrimitives.ReadUInt32BigEndian(data.AsSpan(at));

    private static ushort U16(byte[] data, int at) => BinaryPrimitives.ReadUInt16BigEndian(data.AsSpan(at));
}
