using BenchmarkDotNet.Attributes;
using OpenChorus.Formats.Validation;

namespace OpenChorus.Benchmarks;

/// <summary>Validation time against the number of lines: it should grow linearly (1,000 lines under 20 ms); compare the per-size means.</summary>
[MemoryDiagnoser]
[ShortRunJob]
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
