using System.Net;
using Microsoft.EntityFrameworkCore;
using OpenChorus.Web.Features.Structures;
using OpenChorus.Web.Tests.Infrastructure;

namespace OpenChorus.Web.Tests.Features.Administration;

public sealed class AdministrationTests(TestApp app) : IClassFixture<TestApp>
{
    [Fact]
    public async Task AdministrationPages_NonAdministrator_Get403AndPostsChangeNothing()
    {
        var (portal, userId) = await app.NewSignedInUserAsync("pas-admin@example.org");
        var mine = await app.CreateStructureAsync(userId, "Pas Admin SA", isPublic: true);
        var before = await app.SnapshotAsync();

        foreach (var url in new[] { "/administration", "/administration/structures/create", $"/administration/structures/{mine}", "/administration/import" })
        {
            await portal.GetAsync(url, HttpStatusCode.Forbidden);
        }

        await portal.PostAsync("/administration/structures/create", new Dictionary<string, string> { ["Input.Identifier"] = TestStructures.NewSiret(), ["Input.CompanyName"] = "Pirate" }, HttpStatusCode.Forbidden);
        await portal.PostAsync($"/administration/structures/{mine}?handler=Parameters", new Dictionary<string, string> { ["Parameters.EngagementRequired"] = "true" }, HttpStatusCode.Forbidden);
        await portal.PostAsync($"/administration/structures/{mine}?handler=Service", new Dictionary<string, string> { ["Service.Code"] = "X", ["Service.Name"] = "X" }, HttpStatusCode.Forbidden);
        Assert.Equal(before, await app.SnapshotAsync());
        Assert.DoesNotContain("Administration", (await portal.GetAsync("/structures/mine/attachments")).QuerySelector("#navigation-main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreatePublicStructure_WithParametersServiceAndPrincipal_IsSaved()
    {
        var (admin, _) = await app.NewSignedInUserAsync("admin-creation@example.org", administrator: true);
        await app.CreateUserAsync("gp-public@example.org");
        var siret = TestStructures.NewSiret();

        var page = await admin.SubmitAsync("/administration/structures/create", new Dictionary<string, string>
        {
            ["Input.Identifier"] = siret,
            ["Input.CompanyName"] = "Département Test",
            ["Parameters.ServiceCodeRequired"] = "true",
            ["Parameters.PaymentStatusNotReported"] = "true",
            ["PrincipalEmail"] = "gp-public@example.org",
        });
        await admin.SubmitAsync(page, new Dictionary<string, string> { ["Service.Code"] = "DRH", ["Service.Name"] = "Ressources humaines", ["Service.EngagementRequired"] = "true" }, "#service");

        var structure = await app.WithDbAsync(db => db.Structures.Include(s => s.Services).SingleAsync(s => s.Identifier == siret));
        Assert.True(structure.IsPublic);
        Assert.Equal((true, false, false, true), (structure.Parameters.ServiceCodeRequired, structure.Parameters.EngagementRequired, structure.Parameters.ServiceOrEngagementRequired, structure.Parameters.PaymentStatusNotReported));
        var service = Assert.Single(structure.Services);
        Assert.Equal(("DRH", true, true), (service.Code, service.EngagementRequired, service.IsActive));
        var spaces = await app.WithDbAsync(db => db.StructureSpaces.Where(o => o.StructureId == structure.Id).Select(o => o.Space).ToListAsync());
        Assert.Contains(Space.FacturesRecues, spaces);
        Assert.True(await app.WithDbAsync(db => db.Memberships.AnyAsync(m => m.StructureId == structure.Id && m.Role == StructureRole.PrincipalManager)));
    }

    [Fact]
    public async Task Import_ValidFile_CreatesStructuresAndServices()
    {
        var (admin, _) = await app.NewSignedInUserAsync("admin-import@example.org", administrator: true);
        var (a, b) = (TestStructures.NewSiret(), TestStructures.NewSiret());
        var csv = $"""
            type;siret;raison sociale;adresse;code postal;ville;e-mail;...
            STRUCTURE;{a};Commune d'Exemple;1 place de la Mairie;06000;Nice;mairie@example.org;O;N;N;N
            STRUCTURE;{b};Syndicat des Eaux;2 rue du Lac;06100;Nice;;N;O;N;O
            SERVICE;{a};DFACP;Direction des finances;O;2026-01-01;;O;O
            SERVICE;{a};DRH;Ressources humaines;N;;31/12/2030;N;N
            """;

        var (status, page) = await admin.UploadAsync("/administration/import", "file", "annuaire.csv", csv);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("2 structure(s) créée(s), 2 service(s)", page.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
        var commune = await app.WithDbAsync(db => db.Structures.Include(s => s.Services).SingleAsync(s => s.Identifier == a));
        Assert.True(commune.IsPublic && commune.Parameters.ServiceCodeRequired);
        Assert.Equal(["DFACP", "DRH"], commune.Services.Select(s => s.Code).Order());
        Assert.False(commune.Services.Single(s => s.Code == "DRH").IsActive);
    }

    [Fact]
    public async Task Import_FileWithErrors_ReportsEachLineAndImportsNothing()
    {
        var (admin, _) = await app.NewSignedInUserAsync("admin-erreurs@example.org", administrator: true);
        var good = TestStructures.NewSiret();
        var csv = $"""
            STRUCTURE;{good};Bonne Commune;;;;;N;N;N;N
            STRUCTURE;73282932000075;Mauvais SIRET;;;;;N;N;N;N
            SERVICE;{good};S1;Service;peut-être;;;N;N
            AUTRE;x
            """;
        var before = await app.SnapshotAsync();

        var (status, page) = await admin.UploadAsync("/administration/import", "file", "annuaire.csv", csv);

        Assert.Equal(HttpStatusCode.OK, status);
        var errors = page.QuerySelector(".oc-import-errors")!.TextContent;
        Assert.Contains("Ligne 2 : Le SIRET 73282932000075 n'est pas valide (clé de contrôle).", errors, StringComparison.Ordinal);
        Assert.Contains("Ligne 3 : actif, engagement obligatoire et mise en paiement valent O ou N", errors, StringComparison.Ordinal);
        Assert.Contains("Ligne 4 : le type de ligne doit être STRUCTURE ou SERVICE", errors, StringComparison.Ordinal);
        Assert.Equal(before, await app.SnapshotAsync());
    }
}
