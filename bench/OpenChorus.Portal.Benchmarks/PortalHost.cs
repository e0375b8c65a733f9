using Microsoft.AspNetCore.Hosting;

namespace OpenChorus.Portal.Benchmarks;

/// <summary>
/// The real portal (every middleware, Razor Pages, EF Core) on database openchorus_bench of the benchmark server
/// (<see cref="BenchmarkHost"/>). Requests go through the in-memory test server, so what is measured is server time.
/// </summary>
public sealed class PortalHost() : BenchmarkHost(ConnectionString)
{
    public static string ConnectionString => ConnectionTo("openchorus_bench").ConnectionString;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Database:CommandTimeoutSeconds", "900"); // the one-time COPY of a million rows
    }
}
