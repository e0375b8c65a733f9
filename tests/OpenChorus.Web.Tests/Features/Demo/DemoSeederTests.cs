using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenChorus.Web.Features.Accounts;
using OpenChorus.Web.Features.Demo;
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

        Assert.Equal(2, await _app.WithDbAsync(db => db.Structures.CountAsync(TestContext.Current.CancellationToken)));
    }

    public sealed class DemoApp : IAsyncLifetime
    {
        private readonly TestApp _app = new();

        public IServiceProvider Services => _app.Services;

        public Task<T> WithDbAsync<T>(Func<Web.Data.AppDbContext, Task<T>> action) => _app.WithDbAsync(action);

        public ValueTask InitializeAsync()
        {
            _app.Settings["Demo:Seed"] = "true";
            return ValueTask.CompletedTask;
        }

        public ValueTask DisposeAsync() => _app.DisposeAsync();
    }
}
