using BenchmarkDotNet.Attributes;
using OpenChorus.Formats.Validation;

namespace OpenChorus.Benchmarks;

/// <summary>
/// Recognise + read + validate, single-threaded, over the corpus's real invoices. Each operation is one document
/// (OperationsPerInvoke), so documents per second = 1 s / Mean.
/// </summary>
/// <remarks>Eight warm-up passes: .NET needs four or five passes over the corpus before its tiered compilation has
/// optimised the hot code, and a shorter warm-up measures the compiler rather than the validator.</remarks>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 8, iterationCount: 10)]
public class CorpusBenchmarks
{
    private IReadOnlyList<byte[]> _xml = [];
    private IReadOnlyList<byte[]> _pdf = [];

    private const int XmlCount = 1339;
    private const int PdfCount = 163;

    [GlobalSetup]
    public void Setup()
    {
        _xml = CorpusDocuments.Load("ubl", "cii");
        _pdf = CorpusDocuments.Load("facturx");
        if (_xml.Count != XmlCount || _pdf.Count != PdfCount)
        {
            throw new InvalidOperationException(
                $"The corpus holds {_xml.Count} XML and {_pdf.Count} PDF invoices: update XmlCount and PdfCount so that the time per document stays right.");
        }
    }

    [Benchmark(OperationsPerInvoke = XmlCount)]
    public int XmlInvoices() => ValidateAll(_xml);

    [Benchmark(OperationsPerInvoke = PdfCount)]
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
