using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Playwright;
using OpenChorus.Web.Data;
using OpenChorus.Web.Features.Invoices;
using OpenChorus.Web.Features.Invoices.AValider;
using OpenChorus.Web.Features.Structures;
using OpenChorus.Web.Features.Structures.Access;
using static Microsoft.Playwright.Assertions;

namespace OpenChorus.EndToEnd.Steps;

/// <summary>A subcontracting circuit seeded through the server's services, and the steps of the titulaire in
/// "Factures à valider".</summary>
public static class ValidatorSteps
{
    /// <summary>Opens the space on the structure and subscribes the (attached) user to it.</summary>
    public static async Task GrantAsync(this PortalServer server, int structureId, Guid userId, Space space, AccessMode mode = AccessMode.Modification)
    {
        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        if (!await db.StructureSpaces.AnyAsync(o => o.StructureId == structureId && o.Space == space))
        {
            db.StructureSpaces.Add(new StructureSpace { StructureId = structureId, Space = space, OpenedAtUtc = DateTime.UtcNow });
        }

        if (!await db.Memberships.AnyAsync(m => m.StructureId == structureId && m.UserId == userId))
        {
            db.Memberships.Add(new Membership { StructureId = structureId, UserId = userId, Role = StructureRole.User, CreatedAtUtc = DateTime.UtcNow });
        }

        if (!await db.Subscriptions.AnyAsync(s => s.StructureId == structureId && s.UserId == userId && s.Space == space))
        {
            db.Subscriptions.Add(new Subscription { StructureId = structureId, UserId = userId, Space = space, Mode = mode, CreatedAtUtc = DateTime.UtcNow });
        }

        await db.SaveChangesAsync();
    }

    /// <summary>A public structure with the service TECHNIQUE; answers its id.</summary>
    public static async Task<int> RecipientAsync(this PortalServer server, Guid principalId, string name, string siret)
    {
        var id = await server.StructureAsync(principalId, name, isPublic: true, siret);
        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.Services.Add(new Service { StructureId = id, Code = "TECHNIQUE", Name = "Services techniques" });
        await db.SaveChangesAsync();
        return id;
    }

    /// <summary>An A9 invoice sent by the subcontractor through the real send use case; answers its id.</summary>
    public static async Task<int> SendSubcontractorInvoiceAsync(this PortalServer server, Guid supplierUser, int supplier, string recipientSiret, string titulaireSiret, string number)
    {
        await using var scope = server.Services.CreateAsyncScope();
        var invoice = new Invoice
        {
            Number = number,
            Frame = InvoiceFrame.A9,
            SupplierStructureId = supplier,
            SupplierName = "Sous-traitant",
            IssueDate = DateOnly.FromDateTime(DateTime.UtcNow),
            TotalExcludingVat = 1000m,
            TotalVat = 200m,
            TotalIncludingVat = 1200m,
            AmountDue = 1200m,
        };
        var outcome = await scope.ServiceProvider.GetRequiredService<SendInvoice>().HandleAsync(
            new InvoiceActor(supplierUser, "Sous-traitant"), invoice, new RoutingInput(InvoiceFrame.A9, recipientSiret, "TECHNIQUE", null, titulaireSiret), CancellationToken.None);
        return outcome.Id ?? throw new InvalidOperationException(outcome.Message);
    }

    /// <summary>Runs one tacit validation pass in the server, with a clock <paramref name="later"/> ahead of now: the
    /// portal server runs on the real clock, which a test cannot move.</summary>
    public static async Task RunTacitValidationAsync(this PortalServer server, TimeSpan later)
    {
        await using var scope = server.Services.CreateAsyncScope();
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow + later);
        await ActivatorUtilities.CreateInstance<TacitValidation>(scope.ServiceProvider, (TimeProvider)clock).RunOnceAsync(CancellationToken.None);
    }

    /// <summary>Whether the agent sees the invoice in "Factures reçues" (the page itself belongs to another feature).</summary>
    public static async Task<InvoiceStatus?> StatusSeenByAsync(this PortalServer server, Guid agent, int invoiceId)
    {
        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var access = scope.ServiceProvider.GetRequiredService<AccessService>();
        var invoice = await db.Invoices.FindVisibleAsync(access, agent, Space.FacturesRecues, AccessMode.Consultation, invoiceId, CancellationToken.None);
        return invoice?.Status;
    }

    /// <summary>"Factures à valider" from the menu, then the invoice from the Synthèse.</summary>
    public static async Task OpenInvoiceToValidateAsync(this IPage page, string number)
    {
        await page.MainMenu().GetByRole(AriaRole.Link, new() { Name = "Factures à valider" }).ClickAsync();
        await Expect(page.Heading()).ToHaveTextAsync("Factures à valider");
        await page.GetByRole(AriaRole.Link, new() { Name = number, Exact = true }).ClickAsync();
        await Expect(page.Heading()).ToHaveTextAsync($"Facture n° {number}");
    }
}
