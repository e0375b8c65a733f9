using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using OpenChorus.Testing;
using OpenChorus.Web.Data;

namespace OpenChorus.Web.Tests.Infrastructure;

/// <summary>
/// The real application over real HTTP in process: its own database (SQLite file or PostgreSQL), a real SMTP server,
/// and a clock the test moves. One per test class (<c>IClassFixture&lt;TestApp&gt;</c>).
/// </summary>
public sealed class TestApp : WebApplicationFactory<Program>
{
    private readonly TestDatabase _database = new();

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.Zero));

    public SmtpSink Mail { get; } = new();

    /// <summary>Lets a test slip a conflicting write in between a use case's checks and its save.</summary>
    public SaveRace Race { get; } = new();

    /// <summary>Extra settings a test class needs (applied before the host is built).</summary>
    public Dictionary<string, string?> Settings { get; } = [];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseTestInfrastructure(_database, Mail);
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
            services.AddTransient<IStartupFilter, TestSignIn>();
            services.ConfigureDbContext<SqliteAppDbContext>(o => o.AddInterceptors(Race));
            services.ConfigureDbContext<PostgresAppDbContext>(o => o.AddInterceptors(Race));
        });
    }

    /// <summary>A browser-like client: keeps cookies, follows redirects.</summary>
    public PortalClient CreatePortalClient() =>
        new(CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = true, HandleCookies = true }));

    /// <summary>Runs <paramref name="action"/> against the application's database, in its own scope.</summary>
    public async Task<T> WithDbAsync<T>(Func<AppDbContext, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Mail.DisposeAsync();
        _database.Dispose();
    }
}
