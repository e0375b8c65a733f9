using BenchmarkDotNet.Attributes;
using OpenChorus.Formats.Validation;

namespace OpenChorus.Benchmarks;

/// <summary>Validation time against the number of lines: it should grow linearly (1,000 lines under 20 ms); compare the per-size means.</summary>
/// <remarks>
/// More warm-up than a short run: one 5,000-line validation takes tens of milliseconds, and with only three warm-up
/// calls the per-line code has not left the JIT's first tier yet, which measured it several times too slow.
/// </remarks>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 15, iterationCount: 10)]
public class LargeInvoiceBenchmarks
{
    private byte[] _invoice = [];

    [Params(10, 100, 1000, 5000)]
    public int Lines { get; set; }

    [GlobalSetup]
    public void Setup() => _invoice = LargeInvoice.Ubl(Lines);

    [Benchmark]
    public int Validate() => InvoiceValidator.Validate(_invoice).Violations.Count;
}
