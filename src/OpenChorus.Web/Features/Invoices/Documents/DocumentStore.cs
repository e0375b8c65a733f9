using System.Security.Cryptography;

namespace OpenChorus.Web.Features.Invoices.Documents;

/// <summary>
/// Where original files live (invoices, attachments, renderings), addressed by the SHA-256 of their bytes: storing
/// the same bytes twice keeps one copy, and the key proves the bytes were not altered (ARCHITECTURE.md §3).
/// </summary>
public interface IDocumentStore
{
    /// <summary>Stores the bytes (idempotent) and answers their key, the lower-case hexadecimal SHA-256.</summary>
    Task<string> PutAsync(ReadOnlyMemory<byte> content, CancellationToken cancellationToken);

    /// <summary>The bytes under the key, or null when the store does not hold them.</summary>
    Task<byte[]?> GetAsync(string sha256, CancellationToken cancellationToken);

    /// <summary>Stores several documents (idempotent) and answers their keys in order; a store may do it in one
    /// round trip (the flux stores the invoices of a lot at once).</summary>
    async Task<IReadOnlyList<string>> PutManyAsync(IReadOnlyList<ReadOnlyMemory<byte>> contents, CancellationToken cancellationToken)
    {
        var keys = new List<string>(contents.Count);
        foreach (var content in contents)
        {
            keys.Add(await PutAsync(content, cancellationToken));
        }

        return keys;
    }

    /// <summary>The bytes of several documents by key (those the store does not hold are left out); a store may read
    /// them in one round trip (the flux processor reads the files of a batch of flux at once).</summary>
    async Task<IReadOnlyDictionary<string, byte[]>> GetManyAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var key in keys.Distinct())
        {
            if (await GetAsync(key, cancellationToken) is { } content)
            {
                found[key] = content;
            }
        }

        return found;
    }
}

public static class DocumentKeys
{
    public static string Of(ReadOnlySpan<byte> content) => Convert.ToHexStringLower(SHA256.HashData(content));

    /// <summary>True for a well-formed key: 64 lower-case hexadecimal digits (never a path).</summary>
    public static bool IsValid(string key) => key.Length == 64 && key.All(char.IsAsciiHexDigitLower);
}

public enum DocumentStoreKind
{
    /// <summary>A folder on disk (default with SQLite: one node).</summary>
    FileSystem,

    /// <summary>A table of the database (default with PostgreSQL: every node sees every file).</summary>
    Database,
}

public sealed class DocumentStoreOptions
{
    public const string Section = "Documents";

    /// <summary>Empty: the database with PostgreSQL, the file system with SQLite.</summary>
    public DocumentStoreKind? Store { get; set; }

    public string Folder { get; set; } = "data/documents";
}
