using BenchmarkDotNet.Running;

namespace OpenChorus.Portal.Benchmarks;

/// <summary>
/// The portal on 1,000,000 invoices (PostgreSQL): start a server (scripts/test.sh's private one, or any) and run
/// <c>OPENCHORUS_BENCH_POSTGRES="Host=127.0.0.1;Port=55432;Username=postgres" dotnet run -c Release --project
/// bench/OpenChorus.Portal.Benchmarks -- --filter '*'</c>. The first run loads the data set (database
/// openchorus_bench) with COPY; later runs reuse it.
/// </summary>
public static class PortalBenchmarkProgram
{
    public static async Task Main(string[] args)
    {
        if (args is ["--load"])
        {
            var started = System.Diagnostics.Stopwatch.StartNew();
            await using var host = new PortalHost();
            await MillionInvoices.EnsureAsync(host.Services);
            Console.WriteLine($"Data set ready in {started.Elapsed.TotalSeconds:F0} s");
            return;
        }

        if (args is ["--sql"])
        {
            await using var host = new PortalHost();
            await MillionInvoices.EnsureAsync(host.Services);
            await ApiSearchData.EnsureAsync(host.Services);
            await ApiSearchSql.PrintAsync(host.Services);
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(PortalHost).Assembly).Run(args);
    }
}
