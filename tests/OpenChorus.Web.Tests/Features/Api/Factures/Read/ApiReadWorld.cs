using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OpenChorus.Web.Data;
using OpenChorus.Web.Features.Invoices;
using OpenChorus.Web.Features.Invoices.Documents;
using OpenChorus.Web.Features.Invoices.Recues;
using OpenChorus.Web.Features.Structures;
using OpenChorus.Web.Tests.Infrastructure;

namespace OpenChorus.Web.Tests.Features.Api.Factures.Read;

/// <summary>A supplier and a public recipient (services FINANCES, TECHNIQUE), each with an ERP calling the API through
/// its own technical account ("Factures émises" for the supplier, "Factures reçues" for the recipient), and a second
/// recipient the first one must never see. Invoices go through the real send and processing use cases.</summary>
internal sealed class ApiReadWorld
{
    private ApiReadWorld(TestApp app, string suffix) => (App, Suffix) = (app, suffix);

    public TestApp App { get; }

    public string Suffix { get; }

    public Guid SupplierUser { get; private set; }

    public int Supplier { get; private set; }

    public string SupplierSiret { get; private set; } = "";

    public int Recipient { get; private set; }

    public string RecipientSiret { get; private set; } = "";

    public Guid Agent { get; private set; }

    public int OtherRecipient { get; private set; }

    public string OtherRecipientSiret { get; private set; } = "";

    public CproClient SupplierApi { get; private set; } = null!;

    public CproClient RecipientApi { get; private set; } = null!;

    public static async Task<ApiReadWorld> CreateAsync(TestApp app)
    {
        var world = new ApiReadWorld(app, Guid.NewGuid().ToString("N")[..8]);
        await world.SetUpAsync();
        return world;
    }

    public string Number(string prefix) => $"{prefix}-{Suffix}";

    public Task<int> SendAsync(string number, decimal amount = 1200m, string? recipientSiret = null) =>
        App.SendInvoiceAsync(SupplierUser, Supplier, recipientSiret ?? RecipientSiret, number, "TECHNIQUE", amount: amount);

    /// <summary>The recipient's agent processes the invoice through the portal's use case.</summary>
    public async Task ProcessAsync(int invoiceId, RecipientAction action, string? comment = null)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var outcome = await scope.ServiceProvider.GetRequiredService<ProcessInvoice>()
            .HandleAsync(Agent, new ProcessRequest(invoiceId, action, comment, null, null), CancellationToken.None);
        Assert.True(outcome.Succeeded, outcome.Message);
    }

    /// <summary>Adds a file to an invoice as the deposit does: bytes in the document store, one row.</summary>
    public async Task<int> AddFileAsync(int invoiceId, InvoiceFileKind kind, string name, string contentType, byte[] bytes, long? length = null)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var sha = await scope.ServiceProvider.GetRequiredService<IDocumentStore>().PutAsync(bytes, CancellationToken.None);
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var file = new InvoiceFile
        {
            InvoiceId = invoiceId,
            Kind = kind,
            FileName = name,
            ContentType = contentType,
            Length = length ?? bytes.Length,
            Sha256 = sha,
            AddedAtUtc = App.Clock.GetUtcNow().UtcDateTime,
        };
        db.InvoiceFiles.Add(file);
        await db.SaveChangesAsync();
        return file.Id;
    }

    /// <summary>A brouillon addressed to the recipient, never sent.</summary>
    public Task<int> DraftAsync(string number) => App.WithDbAsync(async db =>
    {
        var draft = new Invoice
        {
            Number = number,
            SupplierStructureId = Supplier,
            RecipientStructureId = Recipient,
            SupplierName = "Fournisseur de test",
            IssueDate = new DateOnly(2026, 11, 20),
            CreatedByUserId = SupplierUser,
            CreatedAtUtc = App.Clock.GetUtcNow().UtcDateTime,
            UpdatedAtUtc = App.Clock.GetUtcNow().UtcDateTime,
        };
        db.Invoices.Add(draft);
        await db.SaveChangesAsync();
        return draft.Id;
    });

    public static List<JsonElement> Items(JsonElement body, string list = "listeFactures") => body.GetProperty(list).EnumerateArray().ToList();

    public static string? Text(JsonElement item, string name) => item.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value.ToString() : null;

    private async Task SetUpAsync()
    {
        SupplierUser = await App.CreateUserAsync($"fournisseur-{Suffix}@example.org");
        SupplierSiret = TestStructures.NewSiret();
        Supplier = await App.CreateStructureAsync(SupplierUser, $"Fournisseur {Suffix}", siret: SupplierSiret);
        await App.GrantAsync(Supplier, SupplierUser, Space.FacturesEmises);
        var principal = await App.CreateUserAsync($"mairie-{Suffix}@example.org");
        (Recipient, RecipientSiret) = await App.CreateRecipientAsync(principal, $"Mairie {Suffix}");
        Agent = await App.CreateUserAsync($"agent-{Suffix}@example.org");
        await App.GrantAsync(Recipient, Agent, Space.FacturesRecues);
        var otherPrincipal = await App.CreateUserAsync($"autre-{Suffix}@example.org");
        (OtherRecipient, OtherRecipientSiret) = await App.CreateRecipientAsync(otherPrincipal, $"Autre mairie {Suffix}");
        SupplierApi = await CproClient.CreateAsync(App, Supplier, Space.FacturesEmises);
        RecipientApi = await CproClient.CreateAsync(App, Recipient, Space.FacturesRecues);
    }
}
