using BenchmarkDotNet.Attributes;
using OpenChorus.Formats.Validation;

namespace OpenChorus.Benchmarks;

/// <summary>
/// Recognise + read + validate, single-threaded, over the corpus's real invoices. Each operation is one document
/// (OperationsPerInvoke), so documents per second = 1 s / Mean.
/// </summary>
[MemoryDiagnoser]
[ShortRunJob]
public class CorpusBenchmarks
{
    private IReadOnlyList<byte[]> _xml = [];
    private IReadOnlyList<byte[]> _pdf = [];

    [GlobalSetup]
    public void Setup()
    {
        _xml = CorpusDocuments.Load("ubl", "cii");
        _pdf = CorpusDocuments.Load("facturx");
    }

    [Benchmark(OperationsPerInvoke = 1339)]
    public int XmlInvoices() => ValidateAll(_xml);

    [Benchmark(OperationsPerInvoke = 163)]
    public int FacturXPdfs() => ValidateAll(_pdf);

    private static int ValidateAll(IReadOnlyList<byte[]> documents)
    {
        var fatal = 0;
        foreach (var document in documents)
        {
            fatal += InvoiceValidator.Validate(document).Violations.Count;
        }

        return fatal;
    }
}
