using System.IO.Compression;
using Microsoft.EntityFrameworkCore;
using OpenChorus.Web.Features.Structures;
using OpenChorus.Web.Features.Structures.Directory;
using OpenChorus.Web.Tests.Infrastructure;

namespace OpenChorus.Web.Tests.Features.Api.Transverses;

/// <summary>The Transverses operations backed by the platform's structures: public recipients, the directory file,
/// SIRET information, the structures and bank details a technical account acts for.</summary>
public sealed class AnnuaireTests(TestApp app) : IClassFixture<TestApp>, IAsyncLifetime
{
    private const string Base = "/cpro/transverses/v1/";
    private CproClient _supplier = null!;
    private int _supplierId;
    private string _supplierSiret = "";
    private (int Id, string Siret) _recipient;
    private string _name = "";

    public async ValueTask InitializeAsync()
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var principal = await app.CreateUserAsync($"gp-{suffix}@example.org");
        _supplierSiret = TestStructures.NewSiret();
        _supplierId = await app.CreateStructureAsync(principal, $"Fournisseur {suffix}", siret: _supplierSiret);
        _supplier = await CproClient.CreateAsync(app, _supplierId, Space.FacturesEmises);
        _name = $"Commune annuaire {suffix}";
        _recipient = await app.CreateRecipientAsync(await app.CreateUserAsync($"gp-mairie-{suffix}@example.org"), _name, p => p.EngagementRequired = true);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task RechercherDestinataire_BySiretOrName_FindsThePublicRecipientOnly()
    {
        var (_, bySiret) = await _supplier.CallAsync(Base + "rechercher/destinataire", new { identifiant = _recipient.Siret, parametresRecherche = new { nbResultatsParPage = 10 } });
        var (_, byName) = await _supplier.CallAsync(Base + "rechercher/destinataire", new { nomVilleCodePostal = _name.ToUpperInvariant() });
        var (_, supplier) = await _supplier.CallAsync(Base + "rechercher/destinataire", new { identifiant = _supplierSiret });

        var found = Assert.Single(bySiret.GetProperty("listeDestinataires").EnumerateArray());
        Assert.Equal(_recipient.Id, found.GetProperty("idStructureCPP").GetInt32());
        Assert.Equal(_name, found.GetProperty("nomDestinataire").GetString());
        Assert.Equal("Paris", found.GetProperty("adresseVille").GetString());
        Assert.Equal(1, bySiret.GetProperty("parametresRetour").GetProperty("total").GetInt32());
        Assert.Equal(_recipient.Siret, Assert.Single(byName.GetProperty("listeDestinataires").EnumerateArray()).GetProperty("siret").GetString());
        Assert.Equal(20000, supplier.GetProperty("codeRetour").GetInt32());
    }

    [Fact]
    public async Task TelechargerAnnuaire_IsAZipOfTheDirectoryFileAnAdministratorCanImport()
    {
        var (status, json) = await _supplier.CallAsync(Base + "telecharger/annuaire/destinataire", new { });

        Assert.Equal(200, status);
        using var zip = new ZipArchive(new MemoryStream(Convert.FromBase64String(json.GetProperty("fichierResultat").GetString()!)));
        var entry = Assert.Single(zip.Entries);
        using var reader = new StreamReader(entry.Open());
        var records = DirectoryFile.Records(await reader.ReadToEndAsync(TestContext.Current.CancellationToken)).ToList();
        Assert.All(records, r => Assert.Null(r.Error));
        var structure = Assert.Single(records, r => r.Fields[0] == "STRUCTURE" && r.Fields[1] == _recipient.Siret);
        Assert.Equal(DirectoryFile.StructureFields, structure.Fields.Length);
        Assert.Equal(_name, structure.Fields[2]);
        Assert.Equal("O", structure.Fields[8]);
        var services = records.Where(r => r.Fields[0] == "SERVICE" && r.Fields[1] == _recipient.Siret).ToList();
        Assert.Equal(["ANCIEN", "FINANCES", "TECHNIQUE"], services.Select(s => s.Fields[2]));
        Assert.All(services, s => Assert.Equal(DirectoryFile.ServiceFields, s.Fields.Length));
        Assert.DoesNotContain(records, r => r.Fields[1] == _supplierSiret);
    }

    [Fact]
    public async Task InformationSiret_OfAPublicStructure_AnswersFromOurStructuresAndSaysInseeIsNotQueried()
    {
        var (status, json) = await _supplier.CallAsync(Base + "consulter/information/siret", new { siretStructure = _recipient.Siret });

        Assert.Equal(200, status);
        Assert.Equal(0, json.GetProperty("codeRetour").GetInt32());
        Assert.Contains("INSEE", json.GetProperty("libelle").GetString(), StringComparison.Ordinal);
        Assert.Equal(_recipient.Siret[..9], json.GetProperty("siren").GetString());
        Assert.Equal(_name, json.GetProperty("raisonSociale").GetString());
        Assert.True(json.GetProperty("estActif").GetBoolean());
    }

    [Fact]
    public async Task InformationSiret_OfAnotherPrivateStructure_IsUnknown()
    {
        var siret = TestStructures.NewSiret();
        await app.CreateStructureAsync(await app.CreateUserAsync($"autre-{Guid.NewGuid():N}@example.org"), "Autre privée", siret: siret);

        var (status, json) = await _supplier.CallAsync(Base + "consulter/information/siret", new { siretStructure = siret });

        Assert.Equal(400, status);
        Assert.Equal(20000, json.GetProperty("codeRetour").GetInt32());
    }

    [Fact]
    public async Task StructuresActives_AreThoseWhereTheAccountHasTheSpace()
    {
        var (_, fournisseur) = await _supplier.CallAsync(Base + "recuperer/structures/actives/fournisseur", new { });
        var (_, destinataire) = await _supplier.CallAsync(Base + "recuperer/structures/actives/destinataire", new { });

        var own = Assert.Single(fournisseur.GetProperty("listeStructures").EnumerateArray());
        Assert.Equal(_supplierId, own.GetProperty("idStructureCPP").GetInt32());
        Assert.Equal(_supplierSiret, own.GetProperty("identifiant").GetString());
        Assert.Equal(20000, destinataire.GetProperty("codeRetour").GetInt32());
    }

    [Fact]
    public async Task CoordonneesBancaires_AreTheStructuresIbanOnceSet_AndNobodyElses()
    {
        var (_, before) = await _supplier.CallAsync(Base + "recuperer/coordbanc/valides", new { idStructure = _supplierId });
        await app.WithDbAsync(async db =>
        {
            var structure = await db.Structures.SingleAsync(s => s.Id == _supplierId);
            structure.Iban = "FR7630006000011234567890189";
            return await db.SaveChangesAsync();
        });

        var (_, after) = await _supplier.CallAsync(Base + "recuperer/coordbanc/valides", new { idStructure = _supplierId });
        var (otherStatus, _) = await _supplier.CallAsync(Base + "recuperer/coordbanc/valides", new { idStructure = _recipient.Id });

        Assert.Equal(20000, before.GetProperty("codeRetour").GetInt32());
        var account = Assert.Single(after.GetProperty("listeCoordonneeBancaire").EnumerateArray());
        Assert.Equal(_supplierId, account.GetProperty("idCoordonneeBancaire").GetInt32());
        Assert.Contains("FR7630006000011234567890189", account.GetProperty("nomCoordonneeBancaire").GetString(), StringComparison.Ordinal);
        Assert.Equal(403, otherStatus);
    }
}
