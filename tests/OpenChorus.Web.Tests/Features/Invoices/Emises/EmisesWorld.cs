using Microsoft.EntityFrameworkCore;
using OpenChorus.Web.Features.Invoices;
using OpenChorus.Web.Features.Structures;
using OpenChorus.Web.Tests.Infrastructure;

namespace OpenChorus.Web.Tests.Features.Invoices.Emises;

/// <summary>A supplier (user with Factures émises in Modification), a public recipient whose code service is
/// mandatory (services FINANCES with engagement required, TECHNIQUE, ANCIEN inactive) and its agent, fresh per test.</summary>
internal sealed class EmisesWorld
{
    public required string Suffix { get; init; }

    public required Guid SupplierUser { get; init; }

    public required int Supplier { get; init; }

    public required string SupplierSiret { get; init; }

    public required int Recipient { get; init; }

    public required string RecipientSiret { get; init; }

    public required Guid RecipientAgent { get; init; }

    public static async Task<EmisesWorld> CreateAsync(TestApp app)
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var user = await app.CreateUserAsync($"fournisseur-{suffix}@example.org");
        var supplierSiret = TestStructures.NewSiret();
        var supplier = await app.CreateStructureAsync(user, $"Fournisseur {suffix}", siret: supplierSiret);
        await app.GrantAsync(supplier, user, Space.FacturesEmises);
        var principal = await app.CreateUserAsync($"mairie-{suffix}@example.org");
        var (recipient, recipientSiret) = await app.CreateRecipientAsync(principal, $"Mairie {suffix}", p => p.ServiceCodeRequired = true);
        var agent = await app.CreateUserAsync($"agent-{suffix}@example.org");
        await app.GrantAsync(recipient, agent, Space.FacturesRecues);
        return new EmisesWorld
        {
            Suffix = suffix,
            SupplierUser = user,
            Supplier = supplier,
            SupplierSiret = supplierSiret,
            Recipient = recipient,
            RecipientSiret = recipientSiret,
            RecipientAgent = agent,
        };
    }

    public string Number(string prefix) => $"{prefix}-{Suffix}";

    /// <summary>Sends an invoice and lets the recipient's agent act on it through the domain.</summary>
    public async Task<int> SentAndProcessedAsync(TestApp app, string number, RecipientAction action, string reason)
    {
        var id = await app.SendInvoiceAsync(SupplierUser, Supplier, RecipientSiret, number);
        await app.WithDbAsync(async db =>
        {
            var invoice = await db.Invoices.Include(i => i.Events).SingleAsync(i => i.Id == id);
            var done = invoice.Process(action, new InvoiceActor(RecipientAgent, "Agent de la mairie"), reason, null, app.Clock.GetUtcNow().UtcDateTime);
            Assert.True(done.Succeeded, done.Refusal);
            return await db.SaveChangesAsync();
        });
        return id;
    }

    public Task<Invoice?> InvoiceAsync(TestApp app, string number) =>
        app.WithDbAsync(db => db.Invoices.Include(i => i.Files).Include(i => i.Events).Include(i => i.RecipientService)
            .SingleOrDefaultAsync(i => i.SupplierStructureId == Supplier && i.Number == number));
}
