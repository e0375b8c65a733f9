using System.Formats.Tar;
using System.IO.Compression;

namespace OpenChorus.Formats.Lots;

/// <summary>One file of a lot, named by its path inside the archive.</summary>
public sealed record LotEntry(string Name, byte[] Content);

/// <summary>What a lot holds, and why some of it could not be taken (never an exception).</summary>
public sealed record LotContent(IReadOnlyList<LotEntry> Entries, IReadOnlyList<string> Problems)
{
    public bool IsReadable => Problems.Count == 0;
}

/// <summary>
/// Opens a zip or tar.gz lot of invoices (Chorus Pro accepts up to 500 invoices per lot). Folders and empty files are
/// skipped; a lot that is too large, or that cannot be read, is refused whole with the reason, so nothing of it is
/// taken half.
/// </summary>
public static class LotReader
{
    public const int MaxEntries = 500;

    /// <summary>Largest total of uncompressed bytes accepted, as a guard against archive bombs (120 MB, Chorus Pro's cap).</summary>
    public const long MaxTotalBytes = 120L * 1024 * 1024;

    /// <summary>A zip file starts with the local file header signature "PK\3\4".</summary>
    public static bool IsZip(ReadOnlySpan<byte> content) => content.StartsWith("PK\u0003\u0004"u8);

    /// <summary>A gzip stream starts with 1F 8B.</summary>
    public static bool IsGzip(ReadOnlySpan<byte> content) => content.Length > 2 && content[0] == 0x1F && content[1] == 0x8B;

    /// <summary>The lot's files when <paramref name="content"/> is a zip or tar.gz archive; null for any other file.</summary>
    public static LotContent? TryRead(byte[] content) =>
        IsZip(content) ? ReadZip(content) : IsGzip(content) ? ReadTarGz(content) : null;

    public static LotContent ReadZip(byte[] archive) => Read(() => ZipEntries(archive));

    public static LotContent ReadTarGz(byte[] archive) => Read(() => TarEntries(archive));

    private static LotContent Read(Func<IEnumerable<(string Name, Stream Data, long Length)>> entries)
    {
        var taken = new List<LotEntry>();
        long total = 0;
        try
        {
            foreach (var (name, data, length) in entries())
            {
                if (taken.Count == MaxEntries)
                {
                    return Refused($"the lot holds more than {MaxEntries} files");
                }

                total += length;
                if (total > MaxTotalBytes)
                {
                    return Refused($"the lot's files add up to more than {MaxTotalBytes / (1024 * 1024)} MB");
                }

                using var buffer = new MemoryStream();
                data.CopyTo(buffer);
                taken.Add(new LotEntry(name, buffer.ToArray()));
            }
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or FormatException or ArgumentException)
        {
            return Refused("the archive is damaged: " + ex.Message);
        }

        return taken.Count == 0 ? Refused("the lot holds no file") : new LotContent(taken, []);
    }

    private static LotContent Refused(string reason) => new([], [reason]);

    private static IEnumerable<(string, Stream, long)> ZipEntries(byte[] archive)
    {
        using var zip = new ZipArchive(new MemoryStream(archive), ZipArchiveMode.Read);
        foreach (var entry in zip.Entries.Where(e => !e.FullName.EndsWith('/') && e.Length > 0))
        {
            using var data = entry.Open();
            yield return (entry.FullName, data, entry.Length);
        }
    }

    private static IEnumerable<(string, Stream, long)> TarEntries(byte[] archive)
    {
        using var gzip = new GZipStream(new MemoryStream(archive), CompressionMode.Decompress);
        using var tar = new TarReader(gzip);
        while (tar.GetNextEntry() is { } entry)
        {
            if (entry.EntryType is TarEntryType.RegularFile or TarEntryType.V7RegularFile && entry.DataStream is { } data && entry.Length > 0)
            {
                yield return (entry.Name, data, entry.Length);
            }
        }
    }
}
