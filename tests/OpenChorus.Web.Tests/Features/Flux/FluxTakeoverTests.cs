using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenChorus.Web.Features.Flux;
using OpenChorus.Web.Features.Invoices;
using OpenChorus.Web.Tests.Features.Invoices.Emises;
using OpenChorus.Web.Tests.Infrastructure;

namespace OpenChorus.Web.Tests.Features.Flux;

/// <summary>Processors on several nodes: a flux whose node died is taken over once its lease ends, the dead node
/// can no longer finish it, and processors running together integrate every flux exactly once.</summary>
public sealed class FluxTakeoverTests : IClassFixture<TestApp>, IAsyncLifetime
{
    private readonly TestApp _app;
    private EmisesWorld _w = null!;

    public FluxTakeoverTests(TestApp app)
    {
        _app = app;
        app.DriveProcessorsByHand();
    }

    public async ValueTask InitializeAsync() => _w = await EmisesWorld.CreateAsync(_app);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task FluxOfAKilledNode_IsTakenOverWhenItsLeaseEnds_AndIntegratedOnce()
    {
        var lot = EmisesSamples.Zip(
            ("f1.xml", EmisesSamples.Ubl(_w.Number("K1"), _w.SupplierSiret, _w.RecipientSiret)),
            ("f2.xml", EmisesSamples.Ubl(_w.Number("K2"), _w.SupplierSiret, _w.RecipientSiret)));
        var flux = await _app.DepositOkAsync(_w, "lot.zip", lot);
        var killed = NewProcessor();
        var survivor = _app.Services.GetRequiredService<FluxProcessor>();

        Assert.Contains(FluxDepot.IdOf(flux)!.Value, await killed.ClaimAsync(TestContext.Current.CancellationToken));
        Assert.Equal(0, await survivor.ProcessPendingAsync(TestContext.Current.CancellationToken));
        Assert.Equal("IN_EN_COURS_TRAITEMENT_CPP", (await _app.ReportAsync(_w.SupplierUser, flux)).StateCode);

        _app.Clock.Advance(TimeSpan.FromSeconds(new FluxOptions().LeaseSeconds + 1));
        Assert.True(await survivor.ProcessPendingAsync(TestContext.Current.CancellationToken) >= 1);
        // The killed node comes back and tries to finish what it had claimed: it no longer holds the flux.
        Assert.Equal(FluxRun.LeaseLost, await RunAsync(flux, killed.Node));

        Assert.Equal("IN_INTEGRE", (await _app.ReportAsync(_w.SupplierUser, flux)).StateCode);
        Assert.Equal([_w.Number("K1"), _w.Number("K2")], (await _app.InvoicesOfFluxAsync(flux)).Select(i => i.Number));
        Assert.Equal(2, await _app.WithDbAsync(db => db.Invoices.CountAsync(i => i.SupplierStructureId == _w.Supplier)));
    }

    [Fact]
    public async Task ANodeWhoseLeaseWasTakenOver_CannotCommitItsWork()
    {
        var flux = await _app.DepositOkAsync(_w, "f.xml", EmisesSamples.Ubl(_w.Number("KL"), _w.SupplierSiret, _w.RecipientSiret));
        var slow = NewProcessor();
        Assert.Single(await slow.ClaimAsync(TestContext.Current.CancellationToken));
        await using var scope = _app.Services.CreateAsyncScope();
        var integration = scope.ServiceProvider.GetRequiredService<FluxIntegration>();
        _app.Race.BeforeNextSaveOf<Invoice>(async () =>
        {
            // Between the slow node's work and its commit, its lease ends and another node takes the flux over (and dies).
            _app.Clock.Advance(TimeSpan.FromSeconds(new FluxOptions().LeaseSeconds + 1));
            Assert.Single(await NewProcessor().ClaimAsync(TestContext.Current.CancellationToken));
        });

        Assert.Equal(FluxRun.LeaseLost, await integration.RunAsync(FluxDepot.IdOf(flux)!.Value, slow.Node, CancellationToken.None));
        Assert.Empty(await _app.InvoicesOfFluxAsync(flux));
        _app.Clock.Advance(TimeSpan.FromSeconds(new FluxOptions().LeaseSeconds + 1));
        Assert.Equal(1, await _app.ProcessFluxAsync());
        Assert.Single(await _app.InvoicesOfFluxAsync(flux));
    }

    [Fact]
    public async Task TwoProcessorsTogether_IntegrateEveryFluxOnce()
    {
        const int count = 40;
        var numbers = new List<string>();
        for (var i = 0; i < count; i++)
        {
            numbers.Add(await _app.DepositOkAsync(_w, $"f{i}.xml", EmisesSamples.Ubl(_w.Number($"C{i}"), _w.SupplierSiret, _w.RecipientSiret)));
        }

        var first = NewProcessor(batch: 3);
        var second = NewProcessor(batch: 3);
        var done = await Task.WhenAll(Task.Run(() => first.ProcessPendingAsync()), Task.Run(() => second.ProcessPendingAsync()));

        Assert.Equal(count, done.Sum());
        foreach (var flux in numbers)
        {
            Assert.Equal("IN_INTEGRE", (await _app.ReportAsync(_w.SupplierUser, flux)).StateCode);
            Assert.Single(await _app.InvoicesOfFluxAsync(flux));
        }

        Assert.Equal(count, await _app.WithDbAsync(db => db.Invoices.CountAsync(i => i.SupplierStructureId == _w.Supplier)));
        Assert.Equal(count, await _app.WithDbAsync(db => db.FluxDepots.CountAsync(f => f.StructureId == _w.Supplier && f.Attempts == 1)));
    }

    private FluxProcessor NewProcessor(int batch = 32)
    {
        var options = Microsoft.Extensions.Options.Options.Create(new FluxOptions { IntervalMilliseconds = 0, BatchSize = batch, Parallelism = 2 });
        return ActivatorUtilities.CreateInstance<FluxProcessor>(_app.Services, options);
    }

    private async Task<FluxRun> RunAsync(string flux, string node)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<FluxIntegration>().RunAsync(FluxDepot.IdOf(flux)!.Value, node, CancellationToken.None);
    }
}
