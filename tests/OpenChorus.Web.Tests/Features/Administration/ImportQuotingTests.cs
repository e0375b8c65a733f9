using System.Net;
using Microsoft.EntityFrameworkCore;
using OpenChorus.Web.Tests.Infrastructure;

namespace OpenChorus.Web.Tests.Features.Administration;

/// <summary>Directory files as Excel saves them: BOM, CRLF, quoted values holding ";" or quotes.</summary>
public sealed class ImportQuotingTests(TestApp app) : IClassFixture<TestApp>
{
    [Fact]
    public async Task Import_ExcelFileWithQuotedValues_KeepsThemWhole()
    {
        var (admin, _) = await app.NewSignedInUserAsync("admin-excel@example.org", administrator: true);
        var siret = TestStructures.NewSiret();
        var csv = "\uFEFFtype;siret;raison sociale;adresse;code postal;ville;e-mail;a;b;c;d\r\n"
            + $"STRUCTURE;{siret};\"Commune de Sainte-Marie; annexe \"\"Les Pins\"\"\";\"1 place; bâtiment B\";06000;Nice;;N;N;N;N\r\n"
            + $"SERVICE;{siret};DFACP;\"Finances; comptabilité\";O;;;N;N\r\n";

        var (status, page) = await admin.UploadAsync("/administration/import", "file", "annuaire.csv", csv);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Null(page.QuerySelector(".oc-import-errors"));
        var structure = await app.WithDbAsync(db => db.Structures.Include(s => s.Services).SingleAsync(s => s.Identifier == siret));
        Assert.Equal(("Commune de Sainte-Marie; annexe \"Les Pins\"", "1 place; bâtiment B"), (structure.CompanyName, structure.AddressLine));
        Assert.Equal("Finances; comptabilité", Assert.Single(structure.Services).Name);
    }

    [Fact]
    public async Task Import_UnclosedQuote_ReportsItsLineAndImportsNothing()
    {
        var (admin, _) = await app.NewSignedInUserAsync("admin-guillemet@example.org", administrator: true);
        var (good, bad) = (TestStructures.NewSiret(), TestStructures.NewSiret());
        var csv = $"STRUCTURE;{good};Bonne Commune;;;;;N;N;N;N\r\nSTRUCTURE;{bad};\"Commune mal fermée;;;;;N;N;N;N\r\n";
        var before = await app.SnapshotAsync();

        var (status, page) = await admin.UploadAsync("/administration/import", "file", "annuaire.csv", csv);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Ligne 2 : un guillemet ouvert n'est jamais refermé", page.QuerySelector(".oc-import-errors li")!.TextContent.Trim());
        Assert.Equal(before, await app.SnapshotAsync());
    }
}
