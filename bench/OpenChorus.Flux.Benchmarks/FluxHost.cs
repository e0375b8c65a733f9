using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Npgsql;

namespace OpenChorus.Flux.Benchmarks;

/// <summary>
/// The real application (EF Core, document store in the database, the flux processor) on the PostgreSQL server named
/// by <c>OPENCHORUS_BENCH_POSTGRES</c> (default: scripts/test.sh's private one), database openchorus_flux_bench,
/// recreated at each run. The background processor is off: the benchmark drives <c>FluxProcessor</c> itself.
/// </summary>
public sealed class FluxHost : WebApplicationFactory<Program>
{
    public const string Variable = "OPENCHORUS_BENCH_POSTGRES";

    public static string ConnectionString =>
        new NpgsqlConnectionStringBuilder(Environment.GetEnvironmentVariable(Variable) ?? "Host=127.0.0.1;Port=55432;Username=postgres")
        {
            Database = "openchorus_flux_bench",
            MaxPoolSize = 100,
        }.ConnectionString;

    /// <summary>src/OpenChorus.Web of the checkout the benchmark runs from (its settings).</summary>
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
        builder.UseSetting("Accounts:RequireTwoFactor", "false");
        builder.UseSetting("Demo:Seed", "false");
        builder.UseSetting("Mail:Smtp:Host", "127.0.0.1"); // no relay: the bench users turned invoice mails off
        builder.UseSetting("Invoices:TacitValidationIntervalSeconds", "0");
        builder.UseSetting("Flux:IntervalMilliseconds", "0");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        // The database is recreated after the host started: the mail outbox's first polls fail, harmlessly.
        builder.UseSetting("Logging:LogLevel:Microsoft.EntityFrameworkCore", "Critical");
        builder.UseSetting("Logging:LogLevel:OpenChorus.Web.Platform.Mail", "Critical");
    }
}
