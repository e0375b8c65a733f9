using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenChorus.Formats.Validation;
using OpenChorus.Web.Features.Accounts;
using OpenChorus.Web.Features.Demo;
using OpenChorus.Web.Features.Invoices;
using OpenChorus.Web.Features.Invoices.Documents;
using OpenChorus.Web.Features.Structures;
using OpenChorus.Web.Features.Structures.Access;
using OpenChorus.Web.Tests.Infrastructure;

namespace OpenChorus.Web.Tests.Features.Demo;

public sealed class DemoSeederTests : IClassFixture<DemoSeederTests.DemoApp>
{
    private readonly DemoApp _app;

    public DemoSeederTests(DemoApp app) => _app = app;

    [Fact]
    public async Task Seed_AtStartup_CreatesEveryReadmeLoginWithTheDemoPassword()
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        foreach (var login in DemoData.Logins)
        {
            var user = await users.FindByEmailAsync(login.Email);
            Assert.NotNull(user);
            Assert.True(user.EmailConfirmed);
            Assert.True(await users.CheckPasswordAsync(user, new DemoOptions().Password), login.Email);
        }

        var admin = await users.FindByEmailAsync(DemoData.Administrator.Email);
        Assert.True(await users.IsInRoleAsync(admin!, AccessService.PlatformAdministratorRole));
    }

    [Fact]
    public async Task Seed_AtStartup_CreatesSupplierAndPublicEntityWithServicesAndOneRolePerLogin()
    {
        var commune = await _app.WithDbAsync(db => db.Structures.Include(s => s.Services)
            .SingleAsync(s => s.Identifier == DemoData.PublicEntitySiret, TestContext.Current.CancellationToken));
        Assert.True(commune.IsPublic);
        Assert.True(commune.Parameters.ServiceCodeRequired);
        Assert.Contains(commune.Services, s => s.Code == "FINANCES" && s.EngagementRequired);

        var roles = await _app.WithDbAsync(db => db.Memberships.Select(m => m.Role).Distinct().ToListAsync(TestContext.Current.CancellationToken));
        Assert.Equal(
            [StructureRole.PrincipalManager, StructureRole.SecondaryManager, StructureRole.User],
            roles.Order().Reverse());
    }

    [Fact]
    public async Task Seed_RunTwice_CreatesNothingMore()
    {
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync(TestContext.Current.CancellationToken);
        }

        Assert.Equal(3, await _app.WithDbAsync(db => db.Structures.CountAsync(TestContext.Current.CancellationToken)));
        Assert.Equal(13, await _app.WithDbAsync(db => db.Invoices.CountAsync(TestContext.Current.CancellationToken)));
    }

    [Fact]
    public async Task Seed_AtStartup_CreatesInvoicesInEveryStatusANewcomerMeets()
    {
        var statuses = await _app.WithDbAsync(db => db.Invoices.Select(i => i.Status).ToListAsync(TestContext.Current.CancellationToken));

        Assert.Subset(statuses.ToHashSet(), new HashSet<InvoiceStatus>
        {
            InvoiceStatus.Brouillon, InvoiceStatus.MiseADisposition, InvoiceStatus.Suspendue, InvoiceStatus.Completee, InvoiceStatus.Rejetee,
            InvoiceStatus.ARecycler, InvoiceStatus.ServiceFait, InvoiceStatus.Mandatee, InvoiceStatus.MiseEnPaiement, InvoiceStatus.AValider1,
        });
        Assert.Equal(13, statuses.Count);
    }

    [Fact]
    public async Task Seed_Invoices_HaveAValidUblOriginalAndARenderingInTheStore()
    {
        var files = await _app.WithDbAsync(db => db.InvoiceFiles.ToListAsync(TestContext.Current.CancellationToken));
        var store = _app.Services.GetRequiredService<IDocumentStore>();

        Assert.Equal(13, files.Count(f => f.Kind == InvoiceFileKind.Original));
        Assert.Equal(13, files.Count(f => f.Kind == InvoiceFileKind.Rendering));
        foreach (var original in files.Where(f => f.Kind == InvoiceFileKind.Original))
        {
            var bytes = await store.GetAsync(original.Sha256, TestContext.Current.CancellationToken);
            Assert.Equal(Verdict.Valid, InvoiceValidator.Validate(bytes!).Verdict);
        }
    }

    [Fact]
    public async Task Seed_TitulaireLogin_FindsTheSubcontractorInvoiceInFacturesAValider_AndTheAgentSeesTheCommunesInvoices()
    {
        var titulaire = await _app.WithDbAsync(db => db.Users.Where(u => u.Email == DemoData.TitulairePrincipal.Email).Select(u => u.Id).SingleAsync(TestContext.Current.CancellationToken));
        var waiting = await _app.WithDbAsync(db => db.Invoices.Where(i => i.Status == InvoiceStatus.AValider1).Select(i => i.Id).SingleAsync(TestContext.Current.CancellationToken));
        using var portal = await _app.App.SignInAsync(titulaire);

        var synthese = await portal.GetAsync("/factures-a-valider");
        var invoice = await portal.GetAsync($"/factures-a-valider/{waiting}");

        Assert.NotNull(synthese.QuerySelector($"tr[data-invoice='{waiting}']"));
        Assert.NotNull(invoice.QuerySelector("#valider"));
        Assert.Contains("Fournitures Durand SARL", invoice.QuerySelector("#donnees-facture")!.TextContent);
    }

    public sealed class DemoApp : IAsyncLifetime
    {
        private readonly TestApp _app = new();

        public IServiceProvider Services => _app.Services;

        public TestApp App => _app;

        public Task<T> WithDbAsync<T>(Func<Web.Data.AppDbContext, Task<T>> action) => _app.WithDbAsync(action);

        public ValueTask InitializeAsync()
        {
            _app.Settings["Demo:Seed"] = "true";
            return ValueTask.CompletedTask;
        }

        public ValueTask DisposeAsync() => _app.DisposeAsync();
    }
}
