using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Npgsql;

namespace OpenChorus.Portal.Benchmarks;

/// <summary>
/// The real application on the PostgreSQL server named by <c>OPENCHORUS_BENCH_POSTGRES</c> (default: the private
/// server scripts/test.sh starts), with the settings every benchmark shares: production environment, no demo data,
/// no two-factor step, no mail relay, warnings only. Shared as source by the portal and flux benchmarks; each host
/// names its database and adds its own settings.
/// </summary>
public abstract class BenchmarkHost(string connectionString) : WebApplicationFactory<Program>
{
    public const string Variable = "OPENCHORUS_BENCH_POSTGRES";

    /// <summary>The benchmark server, on <paramref name="database"/>.</summary>
    protected static NpgsqlConnectionStringBuilder ConnectionTo(string database) =>
        new(Environment.GetEnvironmentVariable(Variable) ?? "Host=127.0.0.1;Port=55432;Username=postgres") { Database = database };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseContentRoot(WebProjectFolder());
        builder.UseEnvironment("Production");
        builder.UseSetting("Database:Provider", "Postgres");
        builder.UseSetting("Database:ConnectionString", connectionString);
        builder.UseSetting("Accounts:RequireTwoFactor", "false");
        builder.UseSetting("Demo:Seed", "false");
        builder.UseSetting("Mail:Smtp:Host", "127.0.0.1"); // no relay: the bench users turned invoice mails off
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
    }

    /// <summary>src/OpenChorus.Web of the checkout the benchmark runs from (its wwwroot and settings).</summary>
    private static string WebProjectFolder()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "OpenChorus.slnx")))
        {
            folder = folder.Parent;
        }

        return Path.Combine(folder?.FullName ?? throw new InvalidOperationException("Run the benchmark from a checkout of OpenChorus."), "src", "OpenChorus.Web");
    }
}
