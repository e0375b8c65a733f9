using BenchmarkDotNet.Attributes;
using OpenChorus.Formats.Model;
using OpenChorus.Formats.Validation;
using OpenChorus.Formats.Writing;
using OpenChorus.Pdf.FacturX;
using OpenChorus.Pdf.Rendering;

namespace OpenChorus.Benchmarks;

/// <summary>
/// PDF throughput on one thread: rendering a 10-line invoice (target: 100 per second, under 10 ms each) and writing
/// a Factur-X around that rendering (target: 100 per second).
/// </summary>
[MemoryDiagnoser]
[ShortRunJob]
public class PdfBenchmarks
{
    private byte[] _cii = [];
    private Invoice _invoice = null!;

    [GlobalSetup]
    public void Setup()
    {
        _cii = LargeCiiInvoice.Cii(10);
        _invoice = InvoiceValidator.Validate(_cii).Invoice!;
    }

    [Benchmark]
    public int RenderTenLines() => InvoiceRenderer.Render(_invoice).Length;

    [Benchmark]
    public int FacturXTenLines() => FacturXWriter.Write(_cii, FacturXProfile.En16931).Length;
}
