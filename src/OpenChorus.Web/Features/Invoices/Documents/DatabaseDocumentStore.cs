using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenChorus.Web.Data;

namespace OpenChorus.Web.Features.Invoices.Documents;

/// <summary>The bytes of a document kept in the database, for clusters whose nodes share nothing but PostgreSQL.</summary>
public sealed class StoredDocument
{
    public required string Sha256 { get; init; }

    public long Length { get; init; }

    public required byte[] Content { get; init; }

    public DateTime StoredAtUtc { get; init; }
}

/// <summary>Documents in the <c>StoredDocuments</c> table. Saved at once in its own unit of work, before the invoice
/// that refers to it: an interrupted deposit leaves at worst an unreferenced document, never a reference to nothing.</summary>
public sealed class DatabaseDocumentStore(IServiceScopeFactory scopes, TimeProvider clock) : IDocumentStore
{
    public async Task<string> PutAsync(ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        var key = DocumentKeys.Of(content.Span);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var length = (long)content.Length;
        var bytes = content.ToArray();
        var now = clock.GetUtcNow().UtcDateTime;
        // One statement on both providers: the same bytes stored before (or meanwhile) are left as they are.
        await db.Database.ExecuteSqlAsync(
            $"""INSERT INTO "StoredDocuments" ("Sha256", "Length", "Content", "StoredAtUtc") VALUES ({key}, {length}, {bytes}, {now}) ON CONFLICT DO NOTHING""",
            cancellationToken);
        return key;
    }

    public async Task<IReadOnlyList<string>> PutManyAsync(IReadOnlyList<ReadOnlyMemory<byte>> contents, CancellationToken cancellationToken)
    {
        var keys = contents.Select(c => DocumentKeys.Of(c.Span)).ToList();
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var distinct = keys.Distinct().ToList();
        var stored = await db.StoredDocuments.Where(d => distinct.Contains(d.Sha256)).Select(d => d.Sha256).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var (key, content) in keys.Zip(contents).DistinctBy(k => k.First).Where(k => !stored.Contains(k.First)))
        {
            db.StoredDocuments.Add(new StoredDocument { Sha256 = key, Length = content.Length, Content = content.ToArray(), StoredAtUtc = now });
        }

        if (!await db.TrySaveChangesAsync(cancellationToken))
        {
            // Some of the same bytes were stored meanwhile: one by one, each idempotent.
            foreach (var content in contents)
            {
                await PutAsync(content, cancellationToken);
            }
        }

        return keys;
    }

    public async Task<byte[]?> GetAsync(string sha256, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.StoredDocuments.Where(d => d.Sha256 == sha256).Select(d => d.Content).SingleOrDefaultAsync(cancellationToken);
    }

    public async Task<IReadOnlyDictionary<string, byte[]>> GetManyAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        var distinct = keys.Distinct().ToList();
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.StoredDocuments.Where(d => distinct.Contains(d.Sha256)).Select(d => new { d.Sha256, d.Content })
            .ToDictionaryAsync(d => d.Sha256, d => d.Content, StringComparer.Ordinal, cancellationToken);
    }
}

internal sealed class StoredDocumentConfiguration : IEntityTypeConfiguration<StoredDocument>
{
    public void Configure(EntityTypeBuilder<StoredDocument> builder)
    {
        builder.HasKey(d => d.Sha256);
        builder.Property(d => d.Sha256).HasMaxLength(64);
    }
}
