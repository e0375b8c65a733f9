using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using OpenChorus.Web.Features.Structures;
using OpenChorus.Web.Tests.Infrastructure;

namespace OpenChorus.Web.Tests.Features.Api.Structures;

/// <summary>The Structures API as a supplier's ERP walks it before sending an invoice (AIFE's cinématique, README §5):
/// find the recipient by SIRET, read what it requires, list its services, consult one.</summary>
public sealed partial class StructuresApiTests(TestApp app) : IClassFixture<TestApp>, IAsyncLifetime
{
    private CproClient _supplier = null!;
    private int _supplierId;
    private string _supplierSiret = "";
    private (int Id, string Siret) _recipient;

    public async ValueTask InitializeAsync()
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var principal = await app.CreateUserAsync($"gp-{suffix}@example.org");
        _supplierSiret = TestStructures.NewSiret();
        _supplierId = await app.CreateStructureAsync(principal, $"Fournisseur {suffix}", siret: _supplierSiret);
        _supplier = await CproClient.CreateAsync(app, _supplierId, Space.FacturesEmises);
        var recipientPrincipal = await app.CreateUserAsync($"gp-mairie-{suffix}@example.org");
        _recipient = await app.CreateRecipientAsync(recipientPrincipal, $"Commune {suffix}", p => p.ServiceCodeRequired = true);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task Cinematique_SupplierFindsItsRecipientBySiret_ReadsRequirementsAndServices()
    {
        var (status, found) = await _supplier.CallAsync("/cpro/structures/v1/rechercher", new
        {
            structure = new { identifiantStructure = _recipient.Siret, typeIdentifiantStructure = "SIRET", statutStructure = "ACTIF", raisonSocialeStructure = (string?)null },
            restreindreStructuresPrivees = (bool?)null,
            parametres = new { pageResultatDemandee = (int?)null, nbResultatsParPage = 3, triSens = "Descendant", triColonne = "IdentifiantStructure" },
        });
        Assert.Equal(200, status);
        Assert.Equal(0, found.GetProperty("codeRetour").GetInt32());
        var structure = Assert.Single(found.GetProperty("listeStructures").EnumerateArray());
        Assert.Equal(_recipient.Siret, structure.GetProperty("identifiantStructure").GetString());
        Assert.Equal("ACTIVE", structure.GetProperty("statut").GetString());
        Assert.Equal("SIRET", structure.GetProperty("typeIdentifiantStructure").GetString());
        var id = structure.GetProperty("idStructureCPP").GetInt64();
        Assert.Equal(_recipient.Id, id);

        var (_, consulted) = await _supplier.CallAsync("/cpro/structures/v1/consulter", new { idStructureCPP = id, codeLangue = "fr" });
        Assert.Equal(0, consulted.GetProperty("codeRetour").GetInt32());
        Assert.True(consulted.GetProperty("parametres").GetProperty("codeServiceDoitEtreRenseigne").GetBoolean());
        Assert.False(consulted.GetProperty("parametres").GetProperty("numeroEJDoitEtreRenseigne").GetBoolean());
        Assert.Equal("PUBLIQUE", consulted.GetProperty("informationGenerales").GetProperty("structurePriveePublique").GetString());
        Assert.Equal("75002", consulted.GetProperty("adressePostaleDuSiege").GetProperty("codePostal").GetString());
        Assert.False(consulted.GetProperty("informationGenerales").TryGetProperty("dateExpirationMotPasseCompteTech", out _));

        var (_, services) = await _supplier.CallAsync("/cpro/structures/v1/rechercher/services",
            new { idStructure = id, parametresRechercherServicesStructure = new { nbResultatsParPage = 10000 } });
        var list = services.GetProperty("listeServices").EnumerateArray().ToList();
        Assert.Equal(["ANCIEN", "FINANCES", "TECHNIQUE"], list.Select(s => s.GetProperty("codeService").GetString()));
        Assert.Equal([false, true, true], list.Select(s => s.GetProperty("estActif").GetBoolean()));
        var finances = list[1].GetProperty("idService").GetInt64();

        var (_, service) = await _supplier.CallAsync("/cpro/structures/v1/consulter/service", new { idStructure = id, idService = finances });
        Assert.Equal(0, service.GetProperty("codeRetour").GetInt32());
        Assert.Equal("FINANCES", service.GetProperty("informationsGenerales").GetProperty("codeService").GetString());
        Assert.True(service.GetProperty("parametres").GetProperty("numeroEngagement").GetBoolean());
        Assert.Matches(MinutesDate(), service.GetProperty("parametres").GetProperty("dateCreation").GetString());
    }

    [Fact]
    public async Task Consulter_WithIdStructureAsGoChorusproSendsIt_AnswersTheSameStructure()
    {
        var (status, json) = await _supplier.CallAsync("/cpro/structures/v1/consulter", new { idStructure = _recipient.Id, codeLangue = "FR" });

        Assert.Equal(200, status);
        Assert.Equal(_recipient.Siret, json.GetProperty("informationGenerales").GetProperty("identifiantStructure").GetString());
    }

    [Fact]
    public async Task Consulter_OwnStructure_GivesTheTechnicalPasswordExpiry()
    {
        var expiry = await app.WithDbAsync(db => db.TechnicalAccounts.Where(a => a.Login == _supplier.Login).Select(a => a.PasswordExpiresAtUtc).SingleAsync());

        var (_, json) = await _supplier.CallAsync("/cpro/structures/v1/consulter", new { idStructureCPP = _supplierId });

        var info = json.GetProperty("informationGenerales");
        Assert.Equal("PRIVEE", info.GetProperty("structurePriveePublique").GetString());
        var written = DateTimeOffset.Parse(info.GetProperty("dateExpirationMotPasseCompteTech").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(expiry, written.UtcDateTime, TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task Rechercher_AnotherPrivateStructure_IsNotFoundAndConsultingItIsForbidden()
    {
        var other = await app.CreateUserAsync($"autre-{Guid.NewGuid():N}@example.org");
        var siret = TestStructures.NewSiret();
        var privateId = await app.CreateStructureAsync(other, "Concurrent privé", siret: siret);

        var (status, found) = await _supplier.CallAsync("/cpro/structures/v1/rechercher",
            new { structure = new { identifiantStructure = siret }, restreindreStructuresPrivees = false });
        var (consultStatus, consulted) = await _supplier.CallAsync("/cpro/structures/v1/consulter", new { idStructureCPP = privateId });
        var (servicesStatus, _) = await _supplier.CallAsync("/cpro/structures/v1/rechercher/services", new { idStructure = privateId });

        Assert.Equal(200, status);
        Assert.Equal(20000, found.GetProperty("codeRetour").GetInt32());
        Assert.Empty(found.GetProperty("listeStructures").EnumerateArray());
        Assert.Equal(403, consultStatus);
        Assert.Equal(20001, consulted.GetProperty("codeRetour").GetInt32());
        Assert.Equal(403, servicesStatus);
    }

    [Fact]
    public async Task Rechercher_OwnPrivateStructure_IsFoundByItsMembers()
    {
        var (_, found) = await _supplier.CallAsync("/cpro/structures/v1/rechercher",
            new { structure = new { identifiantStructure = _supplierSiret, typeStructure = "PRIVEE" }, restreindreStructuresPrivees = true });

        Assert.Equal(_supplierId, Assert.Single(found.GetProperty("listeStructures").EnumerateArray()).GetProperty("idStructureCPP").GetInt32());
    }

    [Fact]
    public async Task Consulter_UnknownStructure_Is400WithCode20000()
    {
        var (status, json) = await _supplier.CallAsync("/cpro/structures/v1/consulter", new { idStructureCPP = 987654321 });

        Assert.Equal(400, status);
        Assert.Equal(20000, json.GetProperty("codeRetour").GetInt32());
        Assert.Contains("n'existe pas", json.GetProperty("libelle").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConsulterService_OfAnotherStructure_IsUnknown()
    {
        var (_, services) = await _supplier.CallAsync("/cpro/structures/v1/rechercher/services", new { idStructure = _recipient.Id });
        var serviceId = services.GetProperty("listeServices")[0].GetProperty("idService").GetInt64();

        var (status, json) = await _supplier.CallAsync("/cpro/structures/v1/consulter/service", new { idStructure = _supplierId, idService = serviceId });

        Assert.Equal(400, status);
        Assert.Equal(20000, json.GetProperty("codeRetour").GetInt32());
    }

    [Fact]
    public async Task RechercherServices_SecondPageOfTwo_SaysWhereItIs()
    {
        var (_, json) = await _supplier.CallAsync("/cpro/structures/v1/rechercher/services", new
        {
            idStructure = _recipient.Id,
            idUtilisateurCourant = 0,
            parametresRechercherServicesStructure = new { pageResultatDemandee = 2, nbResultatsParPage = 2, triColonne = "CodeService", triSense = "Ascendant " },
        });

        var paging = json.GetProperty("parametresRetour");
        Assert.Equal(2, paging.GetProperty("pageCourante").GetInt32());
        Assert.Equal(2, paging.GetProperty("pages").GetInt32());
        Assert.Equal(3, paging.GetProperty("total").GetInt32());
        Assert.Equal("TECHNIQUE", Assert.Single(json.GetProperty("listeServices").EnumerateArray()).GetProperty("codeService").GetString());
    }

    [Fact]
    public async Task RechercherServices_ByLibelleDescending_ComesInThatOrder()
    {
        var (_, json) = await _supplier.CallAsync("/cpro/structures/v1/rechercher/services", new
        {
            idStructure = _recipient.Id,
            parametresRechercherServicesStructure = new { triColonne = "LibelleService", triSens = "Descendant" },
        });

        Assert.Equal(["Services techniques", "Direction des finances", "Ancien service"],
            json.GetProperty("listeServices").EnumerateArray().Select(s => s.GetProperty("libelleService").GetString()));
    }

    [Fact]
    public async Task RechercherEspaces_OwnStructure_ListsTheOpenSpacesWithTheAccountsHabilitation()
    {
        var (status, json) = await _supplier.CallAsync("/cpro/structures/v1/rechercher/espaces", new { structure = new { idStructure = _supplierId } });

        Assert.Equal(200, status);
        var espaces = json.GetProperty("listeEspace").EnumerateArray().ToList();
        var emises = Assert.Single(espaces, e => e.GetProperty("libelleEspace").GetString() == "Factures émises");
        Assert.Equal("MODIFICATION", emises.GetProperty("typeHabilitation").GetString());
        Assert.All(espaces, e => Assert.Equal("ACTIVE", e.GetProperty("etatCourant").GetString()));
        Assert.All(espaces.Where(e => e.GetProperty("idEspaceFo").GetInt64() != emises.GetProperty("idEspaceFo").GetInt64()),
            e => Assert.False(e.TryGetProperty("typeHabilitation", out _)));
    }

    [Fact]
    public async Task RechercherEspaces_OfAPublicStructureItIsNotAttachedTo_IsForbidden()
    {
        var (status, json) = await _supplier.CallAsync("/cpro/structures/v1/rechercher/espaces", new { structure = new { idStructure = _recipient.Id } });

        Assert.Equal(403, status);
        Assert.Equal(20001, json.GetProperty("codeRetour").GetInt32());
    }

    [Fact]
    public async Task ListerRattachements_OfARecipientsTechnicalAccount_ListsEveryServiceAsValidated()
    {
        var recipient = await CproClient.CreateAsync(app, _recipient.Id, Space.FacturesRecues);

        var (status, json) = await recipient.CallAsync("/cpro/structures/v1/lister/rattachementsutilisateur", new
        {
            idStructure = _recipient.Id,
            parametresListerRattachementsStructureUtilisateur = new { triColonne = "CodeService", triSense = "Descendant" },
        });

        Assert.Equal(200, status);
        Assert.Equal(_recipient.Siret, json.GetProperty("identifiantStructure").GetString());
        var services = json.GetProperty("listeServices").EnumerateArray().ToList();
        Assert.Equal(["TECHNIQUE", "FINANCES", "ANCIEN"], services.Select(s => s.GetProperty("codeService").GetString()));
        Assert.All(services, s => Assert.Equal("VALIDEE", s.GetProperty("statutRattachement").GetString()));
    }

    [Fact]
    public async Task ListerRattachements_OfAnotherUser_IsForbiddenToASimpleUser()
    {
        var recipient = await CproClient.CreateAsync(app, _recipient.Id, Space.FacturesRecues);
        var principalEmail = await app.WithDbAsync(db => db.Memberships.Where(m => m.StructureId == _recipient.Id && m.Role == StructureRole.PrincipalManager)
            .Join(db.Users, m => m.UserId, u => u.Id, (_, u) => u.Email).SingleAsync());

        var (status, json) = await recipient.CallAsync("/cpro/structures/v1/lister/rattachementsutilisateur",
            new { idStructure = _recipient.Id, adresseEmailConnexionUtilisateur = principalEmail });

        Assert.Equal(403, status);
        Assert.Equal(20001, json.GetProperty("codeRetour").GetInt32());
    }

    /// <summary>"2016-12-28 08:31", as go-choruspro decodes consulter/service's dates.</summary>
    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$")]
    private static partial Regex MinutesDate();
}
