using System.Formats.Tar;
using System.IO.Compression;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Microsoft.Extensions.DependencyInjection;
using OpenChorus.Web.Features.Flux;

namespace OpenChorus.Flux.Benchmarks;

/// <summary>Each iteration integrates 500 invoices deposited just before (not measured): few iterations of one
/// invocation, in process (the application is the process under test).</summary>
public sealed class IntegrationConfig : ManualConfig
{
    public IntegrationConfig()
    {
        AddJob(Job.Default.WithLaunchCount(1).WithWarmupCount(2).WithIterationCount(8).WithInvocationCount(1).WithUnrollFactor(1)
            .WithToolchain(InProcessEmitToolchain.Instance));
    }
}

/// <summary>
/// Integration throughput of 10-line UBL invoices through <see cref="FluxProcessor"/> on PostgreSQL: from IN_RECU to
/// IN_INTEGRE with the invoices made available (validated, routed, numbered, saved with their history). One flux per
/// invoice, or lots (tar.gz) of 100. The time reported is per invoice (OperationsPerInvoke); invoices per second are
/// printed at the end.
/// </summary>
[Config(typeof(IntegrationConfig))]
#pragma warning disable CA1001 // BenchmarkDotNet owns the lifetime: GlobalCleanup disposes what GlobalSetup created.
public class IntegrationBenchmarks
#pragma warning restore CA1001
{
    public const int InvoicesPerIteration = 500;

    private FluxHost _host = null!;
    private FluxWorld _world = null!;
    private FluxProcessor _processor = null!;
    private int _before;

    [Params(1, 100)]
    public int InvoicesPerFlux { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _host = new FluxHost();
        _world = FluxWorld.CreateAsync(_host.Services).GetAwaiter().GetResult();
        _processor = _host.Services.GetRequiredService<FluxProcessor>();
    }

    [GlobalCleanup]
    public void Cleanup() => _host.Dispose();

    [IterationSetup]
    public void Deposit()
    {
        for (var flux = 0; flux < InvoicesPerIteration / InvoicesPerFlux; flux++)
        {
            var content = InvoicesPerFlux == 1
                ? FluxWorld.Invoice(FluxWorld.NewNumber())
                : Lot(Enumerable.Range(0, InvoicesPerFlux).Select(_ => FluxWorld.NewNumber()));
            _world.DepositAsync(_host.Services, InvoicesPerFlux == 1 ? "facture.xml" : "lot.tar.gz", content).GetAwaiter().GetResult();
        }

        _before = FluxWorld.CountAsync(_host.Services).GetAwaiter().GetResult().Invoices;
    }

    [IterationCleanup]
    public void Check()
    {
        var (unfinished, invoices) = FluxWorld.CountAsync(_host.Services).GetAwaiter().GetResult();
        if (unfinished != 0 || invoices - _before != InvoicesPerIteration)
        {
            throw new InvalidOperationException($"{unfinished} flux not integrated, {invoices - _before} invoices created instead of {InvoicesPerIteration}.");
        }
    }

    [Benchmark(OperationsPerInvoke = InvoicesPerIteration)]
    public Task<int> Integrate() => _processor.ProcessPendingAsync();

    private static byte[] Lot(IEnumerable<string> numbers)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
        using (var tar = new TarWriter(gzip, TarEntryFormat.Pax, leaveOpen: true))
        {
            foreach (var number in numbers)
            {
                tar.WriteEntry(new PaxTarEntry(TarEntryType.RegularFile, $"ubl_chorus_facture_{number}.xml") { DataStream = new MemoryStream(FluxWorld.Invoice(number)) });
            }
        }

        return buffer.ToArray();
    }
}
