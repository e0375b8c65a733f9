using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenChorus.Web.Features.Invoices.Documents;
using OpenChorus.Web.Tests.Infrastructure;

namespace OpenChorus.Web.Tests.Features.Invoices.Documents;

/// <summary>The database document store that clusters use: content-addressed, each content stored once, whoever
/// stores it first, and read back byte for byte.</summary>
public sealed class DatabaseDocumentStoreTests(TestApp app) : IClassFixture<TestApp>
{
    private DatabaseDocumentStore Store => ActivatorUtilities.CreateInstance<DatabaseDocumentStore>(app.Services);

    [Fact]
    public async Task The_same_content_is_stored_once_under_its_sha256()
    {
        var content = Encoding.UTF8.GetBytes("<Invoice>stored twice</Invoice>");

        var first = await Store.PutAsync(content, CancellationToken.None);
        var second = await Store.PutAsync(content, CancellationToken.None);

        Assert.Equal(DocumentKeys.Of(content), first);
        Assert.Equal(first, second);
        Assert.Equal(1, await app.WithDbAsync(db => db.StoredDocuments.CountAsync(d => d.Sha256 == first)));
        Assert.Equal(content, await Store.GetAsync(first, CancellationToken.None));
    }

    [Fact]
    public async Task Concurrent_deposits_of_the_same_bytes_all_succeed_and_keep_one_row()
    {
        var content = Encoding.UTF8.GetBytes("<Invoice>sent by eight clients at once</Invoice>");

        var keys = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => Store.PutAsync(content, CancellationToken.None))));

        Assert.All(keys, key => Assert.Equal(DocumentKeys.Of(content), key));
        var stored = await app.WithDbAsync(db => db.StoredDocuments.SingleAsync(d => d.Sha256 == keys[0]));
        Assert.Equal(content.Length, stored.Length);
        Assert.Equal(content, stored.Content);
        Assert.Equal(app.Clock.GetUtcNow().UtcDateTime, stored.StoredAtUtc);
    }

    [Fact]
    public async Task An_unknown_key_reads_nothing()
    {
        Assert.Null(await Store.GetAsync(new string('0', 64), CancellationToken.None));
    }
}
