using Microsoft.Extensions.DependencyInjection;
using OpenChorus.Web.Features.Invoices;
using OpenChorus.Web.Features.Invoices.AValider;
using OpenChorus.Web.Tests.Infrastructure;

namespace OpenChorus.Web.Tests.Features.Invoices.AValider;

/// <summary>The tacit validation pass on the real database, driven by the test clock. The hosted worker is switched off
/// (interval 0) so that each test knows which pass ran.</summary>
public sealed class TacitValidationTests(TacitValidationTests.PassOnlyApp fixture) : IClassFixture<TacitValidationTests.PassOnlyApp>, IAsyncLifetime
{
    private readonly TestApp _app = fixture.App;
    private ValidationCircuit _circuit = null!;

    public async ValueTask InitializeAsync() => _circuit = await ValidationCircuit.CreateAsync(_app);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task RunOnce_BeforeFifteenDays_LeavesTheInvoiceWaiting()
    {
        var id = await _circuit.SendAsync($"TV-{_circuit.Suffix}");
        _app.Clock.Advance(TimeSpan.FromDays(14));

        await RunOnceAsync();

        Assert.Equal(InvoiceStatus.AValider1, (await _circuit.InvoiceAsync(id)).Status);
    }

    [Fact]
    public async Task RunOnce_AfterFifteenDays_ValidatesTacitlyAndSendsToTheRecipient_MailingRecipientAndSupplier()
    {
        var id = await _circuit.SendAsync($"TA-{_circuit.Suffix}");
        var mails = new MailWatch(_app.Mail);
        _app.Clock.Advance(Invoice.ValidationDelay);

        await RunOnceAsync();

        var invoice = await _circuit.InvoiceAsync(id);
        Assert.Equal(InvoiceStatus.MiseADisposition, invoice.Status);
        var tacit = Assert.Single(invoice.Events, e => e.Status == InvoiceStatus.AbsenceValidation1HorsDelai);
        Assert.Contains("Validation tacite", tacit.Action);
        Assert.Null(tacit.ActorUserId);
        Assert.Contains($"TA-{_circuit.Suffix}", (await mails.NextAsync(_circuit.AgentEmail)).Subject);
        await _app.Mail.WaitForAsync(_circuit.SupplierEmail, m => m.Subject == $"Facture n° TA-{_circuit.Suffix} : Validée tacitement (hors délai)");

        using var portal = await _app.SignInAsync(_circuit.Validator);
        var page = await portal.GetAsync($"/factures-a-valider/{id}");
        Assert.Contains("Validation tacite", page.QuerySelector("#historique")!.TextContent);
        Assert.Null(page.QuerySelector("#valider"));
    }

    [Fact]
    public async Task RunOnce_Twice_AppliesTheTacitValidationOnce()
    {
        var id = await _circuit.SendAsync($"TT-{_circuit.Suffix}");
        _app.Clock.Advance(Invoice.ValidationDelay);

        await Task.WhenAll(RunOnceAsync(), RunOnceAsync());
        await RunOnceAsync();

        var invoice = await _circuit.InvoiceAsync(id);
        Assert.Single(invoice.Events, e => e.Status == InvoiceStatus.AbsenceValidation1HorsDelai);
        Assert.Single(invoice.Events, e => e.Status == InvoiceStatus.MiseADisposition);
    }

    [Fact]
    public async Task RunOnce_WhenTheTitulaireValidatesMeanwhile_SkipsTheInvoice_TheHumanWins()
    {
        var id = await _circuit.SendAsync($"TH-{_circuit.Suffix}");
        _app.Race.BeforeNextSaveOf<InvoiceEvent>(async () =>
        {
            await using var scope = _app.Services.CreateAsyncScope();
            var outcome = await scope.ServiceProvider.GetRequiredService<DecideValidation>()
                .ValidateAsync(_circuit.Validator, id, confirmsRole: true, "Validée à temps", CancellationToken.None);
            Assert.True(outcome.Succeeded, outcome.Message);
        });
        _app.Clock.Advance(Invoice.ValidationDelay);

        await RunOnceAsync();

        var invoice = await _circuit.InvoiceAsync(id);
        Assert.Equal(InvoiceStatus.MiseADisposition, invoice.Status);
        Assert.Contains(invoice.Events, e => e.Status == InvoiceStatus.Validee1);
        Assert.DoesNotContain(invoice.Events, e => e.Status == InvoiceStatus.AbsenceValidation1HorsDelai);
    }

    [Fact]
    public async Task Validate_AfterTheTacitValidation_IsRefusedInFrench()
    {
        var id = await _circuit.SendAsync($"TL-{_circuit.Suffix}");
        _app.Clock.Advance(Invoice.ValidationDelay);
        await RunOnceAsync();

        await using var scope = _app.Services.CreateAsyncScope();
        var outcome = await scope.ServiceProvider.GetRequiredService<DecideValidation>()
            .ValidateAsync(_circuit.Validator, id, confirmsRole: true, null, CancellationToken.None);

        Assert.Contains("ne peut pas être validée", outcome.Message);
    }

    private async Task RunOnceAsync()
    {
        await using var scope = _app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<TacitValidation>().RunOnceAsync(CancellationToken.None);
    }

    public sealed class PassOnlyApp : IAsyncLifetime
    {
        public TestApp App { get; } = new();

        public ValueTask InitializeAsync()
        {
            App.Settings["Invoices:TacitValidationIntervalSeconds"] = "0";
            return ValueTask.CompletedTask;
        }

        public ValueTask DisposeAsync() => App.DisposeAsync();
    }
}
