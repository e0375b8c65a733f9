using OpenChorus.Web.Features.Structures;
using OpenChorus.Web.Tests.Features.Invoices.Emises;
using OpenChorus.Web.Tests.Infrastructure;

namespace OpenChorus.Web.Tests.Features.Flux;

/// <summary>A supplier's ERP on the API: the emises world, a technical account of the supplier with the Factures émises
/// space, and flux processed when the test says so.</summary>
public abstract class SupplierErpTests : IClassFixture<TestApp>, IAsyncLifetime
{
    protected SupplierErpTests(TestApp app)
    {
        App = app;
        app.DriveProcessorsByHand();
    }

    private protected TestApp App { get; }

    private protected EmisesWorld W { get; private set; } = null!;

    private protected CproClient Erp { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        W = await EmisesWorld.CreateAsync(App);
        Erp = await CproClient.CreateAsync(App, W.Supplier, Space.FacturesEmises);
    }

    public ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        return ValueTask.CompletedTask;
    }
}
