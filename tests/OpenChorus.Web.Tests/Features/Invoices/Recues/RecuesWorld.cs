using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenChorus.Web.Features.Invoices;
using OpenChorus.Web.Features.Invoices.Documents;
using OpenChorus.Web.Features.Invoices.Recues;
using OpenChorus.Web.Features.Structures;
using OpenChorus.Web.Tests.Infrastructure;

namespace OpenChorus.Web.Tests.Features.Invoices.Recues;

/// <summary>
/// A supplier and a public recipient (services FINANCES, TECHNIQUE) with its agents: one in Modification, one in
/// Consultation, one in Modification limited to TECHNIQUE. Invoices go through the real send use case.
/// </summary>
public sealed class RecuesWorld
{
    private RecuesWorld(TestApp app, string suffix) => (App, Suffix) = (app, suffix);

    public TestApp App { get; }

    public string Suffix { get; }

    public Guid SupplierUser { get; private set; }

    public string SupplierEmail => $"fournisseur-{Suffix}@example.org";

    public int Supplier { get; private set; }

    public int Recipient { get; private set; }

    public string RecipientSiret { get; private set; } = "";

    public Guid Agent { get; private set; }

    public Guid Reader { get; private set; }

    public Guid Restricted { get; private set; }

    public static async Task<RecuesWorld> CreateAsync(TestApp app)
    {
        var world = new RecuesWorld(app, Guid.NewGuid().ToString("N")[..8]);
        await world.InitializeAsync();
        return world;
    }

    private async Task InitializeAsync()
    {
        SupplierUser = await App.CreateUserAsync(SupplierEmail);
        Supplier = await App.CreateStructureAsync(SupplierUser, $"Fournisseur {Suffix}");
        await App.GrantAsync(Supplier, SupplierUser, Space.FacturesEmises);
        var principal = await App.CreateUserAsync($"mairie-{Suffix}@example.org");
        (Recipient, RecipientSiret) = await App.CreateRecipientAsync(principal, $"Mairie {Suffix}");
        Agent = await App.CreateUserAsync($"agent-{Suffix}@example.org");
        await App.GrantAsync(Recipient, Agent, Space.FacturesRecues);
        Reader = await App.CreateUserAsync($"lecteur-{Suffix}@example.org");
        await App.GrantAsync(Recipient, Reader, Space.FacturesRecues, AccessMode.Consultation);
        Restricted = await App.CreateUserAsync($"technique-{Suffix}@example.org");
        await App.GrantAsync(Recipient, Restricted, Space.FacturesRecues);
        var technique = await ServiceIdAsync("TECHNIQUE");
        await App.WithDbAsync(db =>
        {
            db.ServiceRestrictions.Add(new ServiceRestriction { StructureId = Recipient, UserId = Restricted, ServiceId = technique });
            return db.SaveChangesAsync();
        });
    }

    /// <summary>Sends an invoice to the recipient (FINANCES gets the engagement it requires); answers its id.</summary>
    public Task<int> SendAsync(string number, string service = "TECHNIQUE", decimal amount = 1200m, string? recipientSiret = null) =>
        App.SendInvoiceAsync(SupplierUser, Supplier, recipientSiret ?? RecipientSiret, number, service,
            service == "FINANCES" ? "EJ-2026-001" : null, amount: amount);

    public Task<int> ServiceIdAsync(string code, int? structureId = null) => App.WithDbAsync(db =>
        db.Services.Where(s => s.StructureId == (structureId ?? Recipient) && s.Code == code).Select(s => s.Id).SingleAsync());

    /// <summary>Adds a file to an invoice as the deposit would: bytes in the document store, a row per file.</summary>
    public async Task<int> AddFileAsync(int invoiceId, InvoiceFileKind kind, string name, string contentType, byte[] bytes, long? length = null)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var sha = await scope.ServiceProvider.GetRequiredService<IDocumentStore>().PutAsync(bytes, CancellationToken.None);
        var db = scope.ServiceProvider.GetRequiredService<OpenChorus.Web.Data.AppDbContext>();
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

    /// <summary>Processes an invoice through the real use case, as <paramref name="user"/> (the agent by default).</summary>
    public async Task<OpenChorus.Web.Features.Structures.Outcome> ProcessAsync(int invoiceId, RecipientAction action, string? comment = null, string? mandate = null, Guid? user = null)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var process = scope.ServiceProvider.GetRequiredService<ProcessInvoice>();
        return await process.HandleAsync(user ?? Agent, new ProcessRequest(invoiceId, action, comment, mandate, null), CancellationToken.None);
    }

    public Task<Invoice> InvoiceAsync(int id) =>
        App.WithDbAsync(db => db.Invoices.AsNoTracking().Include(i => i.Events).SingleAsync(i => i.Id == id));

    /// <summary>The status, version, event count and mandate number: what a refused action must leave untouched.</summary>
    public async Task<string> FingerprintAsync(int id)
    {
        var invoice = await InvoiceAsync(id);
        return $"{invoice.Status}|{invoice.Version}|{invoice.Events.Count}|{invoice.MandateNumber}";
    }

    public Task<PortalClient> SignInAsync(Guid user) => App.SignInAsync(user);

    /// <summary>The invoice numbers listed on a page, in order.</summary>
    public static IReadOnlyList<string> NumbersOn(AngleSharp.Html.Dom.IHtmlDocument page) =>
        page.QuerySelectorAll("#selection tbody tr td:nth-child(2) a").Select(a => a.TextContent.Trim()).ToList();
}
