using BenchmarkDotNet.Attributes;

namespace OpenChorus.Portal.Benchmarks;

/// <summary>
/// "Factures reçues" on 1,000,000 invoices: an agent of the largest recipient (200,000 invoices) opens the Synthèse and
/// runs a filtered search, through the whole pipeline (cookie, access service, EF Core, Razor). Each operation is one
/// HTTP request answered 200.
/// </summary>
[Config(typeof(PerRequestConfig))]
[MemoryDiagnoser]
#pragma warning disable CA1001 // BenchmarkDotNet owns the lifetime: GlobalCleanup disposes what GlobalSetup created.
public class ReceivedInvoicesBenchmarks
#pragma warning restore CA1001
{
    private PortalHost _host = null!;
    private HttpClient _agent = null!;

    [GlobalSetup]
    public void Setup()
    {
        _host = new PortalHost();
        MillionInvoices.EnsureAsync(_host.Services).GetAwaiter().GetResult();
        _agent = SignedInClient.CreateAsync(_host, MillionInvoices.AgentEmail, MillionInvoices.Password).GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _agent.Dispose();
        _host.Dispose();
    }

    [Benchmark]
    public Task<int> Synthese() => _agent.PageAsync("/factures-recues");

    /// <summary>Paid invoices of the first half of 2026 between 1,000 and 20,000 €: thousands of matches, counted and paged.</summary>
    [Benchmark]
    public Task<int> FilteredSearch() =>
        _agent.PageAsync("/factures-recues/recherche?Status=MISE_EN_PAIEMENT&From=2026-01-01&To=2026-06-30&MinAmount=1000&MaxAmount=20000");

    /// <summary>One supplier's invoices by SIRET, the other common search.</summary>
    [Benchmark]
    public Task<int> SearchBySupplier() => _agent.PageAsync("/factures-recues/recherche?Supplier=40000000000042");
}
