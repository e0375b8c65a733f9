using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Npgsql;

namespace OpenChorus.Portal.Benchmarks;

/// <summary>
/// The real portal (every middleware, Razor Pages, EF Core) on the PostgreSQL database named by
/// <c>OPENCHORUS_BENCH_POSTGRES</c> (default: the private server scripts/test.sh starts, database openchorus_bench).
/// Requests go through the in-memory test server, so what is measured is server time.
/// </summary>
public sealed class PortalHost : WebApplicationFactory<Program>
{
    public const string Variable = "OPENCHORUS_BENCH_POSTGRES";

    public static string ConnectionString =>
        new NpgsqlConnectionStringBuilder(Environment.GetEnvironmentVariable(Variable) ?? "Host=127.0.0.1;Port=55432;Username=postgres")
        {
            Database = "openchorus_bench",
        }.ConnectionString;

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

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseContentRoot(WebProjectFolder());
        builder.UseEnvironment("Production");
        builder.UseSetting("Database:Provider", "Postgres");
        builder.UseSetting("Database:ConnectionString", ConnectionString);
        builder.UseSetting("Database:CommandTimeoutSeconds", "900"); // the one-time COPY of a million rows
        builder.UseSetting("Accounts:RequireTwoFactor", "false");
        builder.UseSetting("Demo:Seed", "false");
        builder.UseSetting("Mail:Smtp:Host", "127.0.0.1"); // no relay: the bench users turned invoice mails off
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
    }
}
