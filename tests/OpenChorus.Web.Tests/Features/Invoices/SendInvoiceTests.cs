using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenChorus.Web.Features.Invoices;
using OpenChorus.Web.Features.Structures;
using OpenChorus.Web.Tests.Infrastructure;

namespace OpenChorus.Web.Tests.Features.Invoices;

/// <summary>The send use case against the real database: recipient rules, number rules, routing and mails.</summary>
public sealed class SendInvoiceTests(TestApp app) : IClassFixture<TestApp>, IAsyncLifetime
{
    private Guid _supplierUser;
    private int _supplier;
    private string _recipientSiret = "";
    private int _recipient;
    private string _suffix = "";

    public async ValueTask InitializeAsync()
    {
        _suffix = Guid.NewGuid().ToString("N")[..8];
        _supplierUser = await app.CreateUserAsync($"fournisseur-{_suffix}@example.org");
        _supplier = await app.CreateStructureAsync(_supplierUser, $"Fournisseur {_suffix}");
        await app.GrantAsync(_supplier, _supplierUser, Space.FacturesEmises);
        var principal = await app.CreateUserAsync($"mairie-{_suffix}@example.org");
        (_recipient, _recipientSiret) = await app.CreateRecipientAsync(principal, $"Mairie {_suffix}", p => p.ServiceCodeRequired = true);
        var agent = await app.CreateUserAsync($"agent-{_suffix}@example.org");
        await app.GrantAsync(_recipient, agent, Space.FacturesRecues, AccessMode.Consultation);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task Send_ValidInvoice_IsMadeAvailableToTheServiceAndTheRecipientsAgentIsMailed()
    {
        var id = await app.SendInvoiceAsync(_supplierUser, _supplier, _recipientSiret, $"F-{_suffix}");

        var invoice = await app.WithDbAsync(db => db.Invoices.Include(i => i.Events).Include(i => i.RecipientService).SingleAsync(i => i.Id == id));
        Assert.Equal(InvoiceStatus.MiseADisposition, invoice.Status);
        Assert.Equal((_recipient, "TECHNIQUE"), (invoice.RecipientStructureId!.Value, invoice.RecipientService!.Code));
        Assert.Equal(2, invoice.Events.Count);
        var mail = await app.Mail.WaitForAsync($"agent-{_suffix}@example.org");
        Assert.Contains($"F-{_suffix}", mail.Subject);
    }

    [Theory]
    [InlineData(null, null, "ServiceCode", "Ce destinataire exige un code service : indiquez-le.")]
    [InlineData("INCONNU", null, "ServiceCode", "Le code service « INCONNU » n'existe pas")]
    [InlineData("ANCIEN", null, "ServiceCode", "n'est pas actif")]
    [InlineData("FINANCES", null, "EngagementNumber", "Le service FINANCES de ce destinataire exige un numéro d'engagement.")]
    public async Task Send_BreakingTheRecipientsRules_IsRefusedNextToTheFieldAndWritesNothing(string? service, string? engagement, string field, string message)
    {
        var before = await app.CountAsync<Invoice>();

        var outcome = await SendAsync($"R-{_suffix}", new RoutingInput(InvoiceFrame.A1, _recipientSiret, service, engagement));

        var error = Assert.Single(outcome.Errors);
        Assert.Equal(field, error.Field);
        Assert.Contains(message, error.Message);
        Assert.Equal(before, await app.CountAsync<Invoice>());
    }

    [Fact]
    public async Task Send_ToAPrivateOrUnknownStructure_IsRefused()
    {
        var unknown = await SendAsync($"U-{_suffix}", new RoutingInput(InvoiceFrame.A1, TestStructures.NewSiret(), null, null));
        var supplierSiret = await app.WithDbAsync(db => db.Structures.Where(s => s.Id == _supplier).Select(s => s.Identifier).SingleAsync());
        var privateOne = await SendAsync($"P-{_suffix}", new RoutingInput(InvoiceFrame.A1, supplierSiret, null, null));

        Assert.Contains("Aucune structure publique", Assert.Single(unknown.Errors).Message);
        Assert.Contains("n'est pas une structure publique", Assert.Single(privateOne.Errors).Message);
    }

    [Fact]
    public async Task Send_SameNumberTwiceTheSameYear_IsRefusedWithChorusProsMessage()
    {
        await app.SendInvoiceAsync(_supplierUser, _supplier, _recipientSiret, $"D-{_suffix}");

        var second = await SendAsync($"D-{_suffix}", new RoutingInput(InvoiceFrame.A1, _recipientSiret, "TECHNIQUE", null));

        Assert.Equal(InvoiceNumbers.Duplicate, Assert.Single(second.Errors).Message);
    }

    [Theory]
    [InlineData("FACTURE-NUMERO-TROP-LONGUE", "au plus 20 caractères")]
    [InlineData("F 2026", "ne peut contenir que")]
    [InlineData("Façade-1", "ne peut contenir que")]
    [InlineData("20261126", "La date du jour")]
    public async Task Send_WithAMalformedNumber_IsRefused(string number, string message)
    {
        var outcome = await SendAsync(number, new RoutingInput(InvoiceFrame.A1, _recipientSiret, "TECHNIQUE", null));

        Assert.Contains(message, Assert.Single(outcome.Errors, e => e.Field == InvoiceNumbers.Field).Message);
    }

    [Fact]
    public async Task Send_ByAUserWithoutFacturesEmisesInModification_IsDenied()
    {
        var reader = await app.CreateUserAsync($"lecteur-{_suffix}@example.org");
        await app.GrantAsync(_supplier, reader, Space.FacturesEmises, AccessMode.Consultation);

        var outcome = await SendAsync($"L-{_suffix}", new RoutingInput(InvoiceFrame.A1, _recipientSiret, "TECHNIQUE", null), reader);

        Assert.True(outcome.IsDenied);
    }

    [Fact]
    public async Task Send_SubcontractorInvoiceWithoutValidator_IsRefused_WithValidator_WaitsForIt()
    {
        var missing = await SendAsync($"S-{_suffix}", new RoutingInput(InvoiceFrame.A9, _recipientSiret, "TECHNIQUE", null));
        Assert.Equal(InvoiceRouting.ValidatorField, Assert.Single(missing.Errors).Field);

        var titulaireUser = await app.CreateUserAsync($"titulaire-{_suffix}@example.org");
        var titulaireSiret = TestStructures.NewSiret();
        await app.CreateStructureAsync(titulaireUser, $"Titulaire {_suffix}", siret: titulaireSiret);
        var id = await app.SendInvoiceAsync(_supplierUser, _supplier, _recipientSiret, $"S-{_suffix}", frame: InvoiceFrame.A9, validatorSiret: titulaireSiret);

        Assert.Equal(InvoiceStatus.AValider1, await app.WithDbAsync(db => db.Invoices.Where(i => i.Id == id).Select(i => i.Status).SingleAsync()));
    }

    private async Task<OpenChorus.Web.Features.Structures.Outcome> SendAsync(string number, RoutingInput route, Guid? user = null)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var send = scope.ServiceProvider.GetRequiredService<SendInvoice>();
        var invoice = new Invoice { Number = number, SupplierStructureId = _supplier, Frame = route.Frame, IssueDate = new DateOnly(2026, 11, 20) };
        return await send.HandleAsync(new InvoiceActor(user ?? _supplierUser, "Test"), invoice, route, CancellationToken.None);
    }
}
