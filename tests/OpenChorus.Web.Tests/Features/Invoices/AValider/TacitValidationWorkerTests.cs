using OpenChorus.Web.Features.Invoices;
using OpenChorus.Web.Tests.Infrastructure;

namespace OpenChorus.Web.Tests.Features.Invoices.AValider;

/// <summary>The hosted worker itself applies the tacit validation, at the interval its settings give.</summary>
public sealed class TacitValidationWorkerTests : IClassFixture<TacitValidationWorkerTests.WorkerApp>
{
    private readonly TestApp _app;

    public TacitValidationWorkerTests(WorkerApp fixture) => _app = fixture.App;

    [Fact]
    public async Task Worker_FifteenDaysAfterSending_ValidatesTheInvoiceTacitly()
    {
        var circuit = await ValidationCircuit.CreateAsync(_app);
        var id = await circuit.SendAsync($"WK-{circuit.Suffix}");

        _app.Clock.Advance(Invoice.ValidationDelay + TimeSpan.FromSeconds(1));

        var deadline = DateTime.UtcNow.AddSeconds(30);
        var status = InvoiceStatus.AValider1;
        while (status == InvoiceStatus.AValider1 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100, TestContext.Current.CancellationToken);
            status = (await circuit.InvoiceAsync(id)).Status;
        }

        Assert.Equal(InvoiceStatus.MiseADisposition, status);
        Assert.Contains((await circuit.InvoiceAsync(id)).Events, e => e.Status == InvoiceStatus.AbsenceValidation1HorsDelai);
    }

    public sealed class WorkerApp : IAsyncLifetime
    {
        public TestApp App { get; } = new();

        public ValueTask InitializeAsync()
        {
            App.Settings["Invoices:TacitValidationIntervalSeconds"] = "1";
            return ValueTask.CompletedTask;
        }

        public ValueTask DisposeAsync() => App.DisposeAsync();
    }
}
