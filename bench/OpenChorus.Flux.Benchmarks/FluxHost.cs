using Microsoft.AspNetCore.Hosting;
using OpenChorus.Portal.Benchmarks;

namespace OpenChorus.Flux.Benchmarks;

/// <summary>
/// The real application (EF Core, document store in the database, the flux processor) on database
/// openchorus_flux_bench of the benchmark server (<see cref="BenchmarkHost"/>), recreated at each run. The background
/// processor is off: the benchmark drives <c>FluxProcessor</c> itself.
/// </summary>
public sealed class FluxHost() : BenchmarkHost(ConnectionString)
{
    public static string ConnectionString
    {
        get
        {
            var server = ConnectionTo("openchorus_flux_bench");
            server.MaxPoolSize = 100;
            return server.ConnectionString;
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Invoices:TacitValidationIntervalSeconds", "0");
        builder.UseSetting("Flux:IntervalMilliseconds", "0");
        // The database is recreated after the host started: the mail outbox's first polls fail, harmlessly.
        builder.UseSetting("Logging:LogLevel:Microsoft.EntityFrameworkCore", "Critical");
        builder.UseSetting("Logging:LogLevel:OpenChorus.Web.Platform.Mail", "Critical");
    }
}
