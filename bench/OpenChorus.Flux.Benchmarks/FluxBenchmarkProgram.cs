using System.Globalization;
using BenchmarkDotNet.Running;

namespace OpenChorus.Flux.Benchmarks;

/// <summary>
/// Flux integration throughput on PostgreSQL: start a server (scripts/test.sh's private one, or any) and run
/// <c>OPENCHORUS_BENCH_POSTGRES="Host=127.0.0.1;Port=55432;Username=postgres" dotnet run -c Release --project
/// bench/OpenChorus.Flux.Benchmarks -- --filter '*'</c>. The database openchorus_flux_bench is recreated at each run.
/// </summary>
public static class FluxBenchmarkProgram
{
    public static async Task Main(string[] args)
    {
        if (args is ["--quick", var perFlux, ..] && args.Length <= 3)
        {
            await QuickAsync(int.Parse(perFlux, CultureInfo.InvariantCulture), args.Length == 3 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 5);
            return;
        }

        foreach (var summary in BenchmarkSwitcher.FromAssembly(typeof(FluxHost).Assembly).Run(args))
        {
            foreach (var report in summary.Reports.Where(r => r.ResultStatistics is not null))
            {
                var perSecond = 1e9 / report.ResultStatistics!.Mean;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{report.BenchmarkCase.DisplayInfo}: {perSecond:F0} invoices/s (mean of {report.ResultStatistics.N} iterations of {IntegrationBenchmarks.InvoicesPerIteration} invoices)"));
            }
        }
    }

    /// <summary><c>--quick 1</c> or <c>--quick 100</c> (then optionally the number of rounds, 5 by default): a few rounds
    /// without BenchmarkDotNet, with the process's CPU time per invoice beside the elapsed time (how much of the wait is
    /// PostgreSQL's, or the other processes'), and the median of the rounds after the first (the warm-up).</summary>
    private static async Task QuickAsync(int perFlux, int rounds)
    {
        var sample = FluxWorld.Invoice(FluxWorld.NewNumber());
        for (var round = 0; round < 3; round++)
        {
            var reading = System.Diagnostics.Stopwatch.StartNew();
            for (var i = 0; i < IntegrationBenchmarks.InvoicesPerIteration; i++)
            {
                OpenChorus.Web.Features.Invoices.Emises.Deposit.DepositReader.Read(sample, FluxWorld.SupplierSiret);
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Reading and validating alone: {reading.ElapsedMilliseconds} ms for {IntegrationBenchmarks.InvoicesPerIteration}"));
        }

        var bench = new IntegrationBenchmarks { InvoicesPerFlux = perFlux };
        bench.Setup();
        var perSecond = new List<double>();
        var cpuPerInvoice = new List<double>();
        try
        {
            for (var round = 0; round < rounds; round++)
            {
                bench.Deposit();
                var process = System.Diagnostics.Process.GetCurrentProcess();
                var cpu = process.TotalProcessorTime;
                var database = PostgresCpu.Read();
                var clock = System.Diagnostics.Stopwatch.StartNew();
                await bench.Integrate();
                var elapsed = clock.Elapsed;
                process.Refresh();
                bench.Check();
                var used = (process.TotalProcessorTime - cpu).TotalMilliseconds;
                var server = PostgresCpu.Read() - database is { } spent
                    ? string.Create(CultureInfo.InvariantCulture, $", PostgreSQL {spent.TotalMilliseconds:F0} ms")
                    : "";
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{IntegrationBenchmarks.InvoicesPerIteration} invoices in {elapsed.TotalMilliseconds:F0} ms ({IntegrationBenchmarks.InvoicesPerIteration / elapsed.TotalSeconds:F0}/s), CPU of this process {used:F0} ms ({used / IntegrationBenchmarks.InvoicesPerIteration:F2} ms per invoice){server}"));
                if (round > 0)
                {
                    perSecond.Add(IntegrationBenchmarks.InvoicesPerIteration / elapsed.TotalSeconds);
                    cpuPerInvoice.Add(used / IntegrationBenchmarks.InvoicesPerIteration);
                }
            }

            if (perSecond.Count > 0)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"Median after warm-up: {Median(perSecond):F0} invoices/s, {Median(cpuPerInvoice):F2} ms of CPU per invoice"));
            }
        }
        finally
        {
            bench.Cleanup();
        }
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
