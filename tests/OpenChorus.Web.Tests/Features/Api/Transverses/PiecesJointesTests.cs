using OpenChorus.Web.Features.Invoices;
using OpenChorus.Web.Features.Structures;
using OpenChorus.Web.Tests.Infrastructure;

namespace OpenChorus.Web.Tests.Features.Api.Transverses;

/// <summary>rechercher/pj/structure and rechercher/pj/moncompte list the attachments of the invoices the caller's
/// structure sent, and nobody else's.</summary>
public sealed class PiecesJointesTests(TestApp app) : IClassFixture<TestApp>
{
    [Fact]
    public async Task PiecesJointes_OfTheStructuresInvoices_AreListedWithTheirInvoice_AndMonCompteOnlyTheAccountsOwn()
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var principal = await app.CreateUserAsync($"gp-{suffix}@example.org");
        var supplier = await app.CreateStructureAsync(principal, $"Fournisseur {suffix}");
        await app.GrantAsync(supplier, principal, Space.FacturesEmises);
        var recipient = await app.CreateRecipientAsync(await app.CreateUserAsync($"gp-mairie-{suffix}@example.org"), $"Commune {suffix}");
        var invoiceId = await app.SendInvoiceAsync(principal, supplier, recipient.Siret, $"PJ-{suffix}");
        var client = await CproClient.CreateAsync(app, supplier, Space.FacturesEmises);
        await AttachAsync(invoiceId, "bon-de-commande.pdf", principal);
        await AttachAsync(invoiceId, "pv-reception.png", client.UserId);

        var (status, structure) = await client.CallAsync("/cpro/transverses/v1/rechercher/pj/structure",
            new { idStructureCPP = supplier, codeLangue = "FR", parametresRecherche = new { nbResultatsParPage = 10 } });
        var (_, mine) = await client.CallAsync("/cpro/transverses/v1/rechercher/pj/moncompte", new { });
        var (otherStatus, _) = await client.CallAsync("/cpro/transverses/v1/rechercher/pj/structure", new { idStructureCPP = recipient.Id });

        Assert.Equal(200, status);
        var files = structure.GetProperty("listePiecesJointes").EnumerateArray().ToList();
        Assert.Equal(["bon-de-commande.pdf", "pv-reception.png"], files.Select(f => f.GetProperty("pieceJointeDesignation").GetString()));
        Assert.All(files, f => Assert.Equal(invoiceId, f.GetProperty("pieceJointeObjetId").GetInt32()));
        Assert.Equal("PDF", files[0].GetProperty("pieceJointeExtension").GetString());
        Assert.Equal(supplier, files[0].GetProperty("pieceJointeStructureId").GetInt32());
        Assert.Equal("pv-reception.png", Assert.Single(mine.GetProperty("listePiecesJointes").EnumerateArray()).GetProperty("pieceJointeDesignation").GetString());
        Assert.Equal(403, otherStatus);
    }

    private Task<int> AttachAsync(int invoiceId, string name, Guid addedBy) => app.WithDbAsync(db =>
    {
        db.Set<InvoiceFile>().Add(new InvoiceFile
        {
            InvoiceId = invoiceId,
            Kind = InvoiceFileKind.Attachment,
            FileName = name,
            ContentType = "application/octet-stream",
            Length = 3,
            Sha256 = new string('a', 64),
            AddedAtUtc = app.Clock.GetUtcNow().UtcDateTime,
            AddedByUserId = addedBy,
        });
        return db.SaveChangesAsync();
    });
}
