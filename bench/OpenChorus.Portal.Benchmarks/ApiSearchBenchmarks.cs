using BenchmarkDotNet.Attributes;
using OpenChorus.Web.Features.Structures;

namespace OpenChorus.Portal.Benchmarks;

/// <summary>
/// The Chorus Pro API's supplier and validator searches on 1,000,000 invoices (<see cref="ApiSearchData"/>): a national
/// supplier's ERP (about 200,000 invoices) and a titulaire's (about 100,000 to validate or validated), each asking for
/// its first page as clients do (newest first, by id), then a filtered one. Each operation is one HTTP request through
/// the whole pipeline (token, technical account, access service, EF Core, JSON).
/// </summary>
[Config(typeof(PerRequestConfig))]
[MemoryDiagnoser]
#pragma warning disable CA1001 // BenchmarkDotNet owns the lifetime: GlobalCleanup disposes what GlobalSetup created.
public class ApiSearchBenchmarks
#pragma warning restore CA1001
{
    private static readonly object PaidFirstHalf2026 = new
    {
        statutCourant = new[] { "MISE_EN_PAIEMENT" },
        periodeDateFactureDu = "2026-01-01",
        periodeDateFactureAu = "2026-06-30",
    };

    private PortalHost _host = null!;
    private HttpClient _supplier = null!;
    private HttpClient _titulaire = null!;

    [GlobalSetup]
    public void Setup()
    {
        _host = new PortalHost();
        MillionInvoices.EnsureAsync(_host.Services).GetAwaiter().GetResult();
        ApiSearchData.EnsureAsync(_host.Services).GetAwaiter().GetResult();
        _supplier = ApiSearchData.ErpAsync(_host, ApiSearchData.SupplierSiret, Space.FacturesEmises).GetAwaiter().GetResult();
        _titulaire = ApiSearchData.ErpAsync(_host, ApiSearchData.TitulaireSiret, Space.FacturesAValider).GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _supplier.Dispose();
        _titulaire.Dispose();
        _host.Dispose();
    }

    /// <summary>rechercher/fournisseur with no criterion: the newest 100 (the default page), and the total.</summary>
    [Benchmark]
    public Task<int> SupplierSearch() => _supplier.SearchAsync("/cpro/factures/v1/rechercher/fournisseur", new { });

    /// <summary>rechercher/fournisseur for the paid invoices of the first half of 2026.</summary>
    [Benchmark]
    public Task<int> SupplierSearchFiltered() => _supplier.SearchAsync("/cpro/factures/v1/rechercher/fournisseur", PaidFirstHalf2026);

    /// <summary>The titulaire's rechercher/valideur with no criterion: the newest 100 (the default page), and the total.</summary>
    [Benchmark]
    public Task<int> ValidatorSearch() => _titulaire.SearchAsync("/cpro/factures/v1/rechercher/valideur", new { });

    /// <summary>The titulaire's rechercher/valideur for the paid invoices of the first half of 2026.</summary>
    [Benchmark]
    public Task<int> ValidatorSearchFiltered() => _titulaire.SearchAsync("/cpro/factures/v1/rechercher/valideur", PaidFirstHalf2026);
}
