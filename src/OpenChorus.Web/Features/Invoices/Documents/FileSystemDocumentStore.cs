using Microsoft.Extensions.Options;

namespace OpenChorus.Web.Features.Invoices.Documents;

/// <summary>Files under <c>Documents:Folder</c>, in sub-folders named by the first two digits of their key. A file is
/// written to a temporary name and moved into place, so a reader never sees half of it.</summary>
public sealed class FileSystemDocumentStore(IOptions<DocumentStoreOptions> options) : IDocumentStore
{
    private readonly string _root = Path.GetFullPath(options.Value.Folder);

    public async Task<string> PutAsync(ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        var key = DocumentKeys.Of(content.Span);
        var path = PathOf(key);
        if (File.Exists(path))
        {
            return key;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        await File.WriteAllBytesAsync(temporary, content.ToArray(), cancellationToken);
        try
        {
            File.Move(temporary, path, overwrite: false);
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another request stored the same bytes meanwhile: they are identical by construction.
            File.Delete(temporary);
        }

        return key;
    }

    public async Task<byte[]?> GetAsync(string sha256, CancellationToken cancellationToken)
    {
        if (!DocumentKeys.IsValid(sha256))
        {
            return null;
        }

        var path = PathOf(sha256);
        return File.Exists(path) ? await File.ReadAllBytesAsync(path, cancellationToken) : null;
    }

    private string PathOf(string key) => Path.Combine(_root, key[..2], key);
}
