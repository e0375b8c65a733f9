using System.Buffers.Binary;

namespace OpenChorus.Pdf.Tests.Samples;

/// <summary>Builds a TrueType collection (.ttc) around fonts, as Debian's wqy-microhei.ttc or uming.ttc are made.</summary>
internal static class FontCollections
{
    /// <summary>A 'ttcf' collection holding each font whole, its table offsets rebased to the collection.</summary>
    public static byte[] Of(params byte[][] fonts)
    {
        var at = new int[fonts.Length];
        var total = 12 + (4 * fonts.Length);
        for (var i = 0; i < fonts.Length; i++)
        {
            at[i] = total;
            total += (fonts[i].Length + 3) & ~3;
        }

        var collection = new byte[total];
        "ttcf"u8.CopyTo(collection);
        BinaryPrimitives.WriteUInt32BigEndian(collection.AsSpan(4), 0x00010000);
        BinaryPrimitives.WriteUInt32BigEndian(collection.AsSpan(8), (uint)fonts.Length);
        for (var i = 0; i < fonts.Length; i++)
        {
            BinaryPrimitives.WriteUInt32BigEndian(collection.AsSpan(12 + (4 * i)), (uint)at[i]);
            fonts[i].CopyTo(collection, at[i]);
            int tables = BinaryPrimitives.ReadUInt16BigEndian(fonts[i].AsSpan(4));
            for (var t = 0; t < tables; t++)
            {
                var record = at[i] + 12 + (16 * t) + 8;
                var offset = BinaryPrimitives.ReadUInt32BigEndian(collection.AsSpan(record));
                BinaryPrimitives.WriteUInt32BigEndian(collection.AsSpan(record), offset + (uint)at[i]);
            }
        }

        return collection;
    }
}
