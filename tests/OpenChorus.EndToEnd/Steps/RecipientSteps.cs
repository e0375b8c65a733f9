using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using OpenChorus.Web.Data;
using OpenChorus.Web.Features.Invoices;
using OpenChorus.Web.Features.Invoices.Documents;
using OpenChorus.Web.Features.Structures;
using static Microsoft.Playwright.Assertions;

namespace OpenChorus.EndToEnd.Steps;

/// <summary>A supplier and a public recipient with an agent in "Factures reçues" (Modification).</summary>
public sealed record Exchange(string SupplierEmail, Guid SupplierUser, int Supplier, string AgentEmail, string RecipientSiret, string RecipientName, string ManagerEmail);

/// <summary>The "Factures reçues" steps: invoices sent through the real use case, then the agent's pages.</summary>
public static partial class RecipientSteps
{
    public static async Task<Exchange> ExchangeAsync(this PortalServer server, string recipientName)
    {
        var supplierEmail = Seed.NewEmail("fournisseur");
        var supplierUser = await server.UserAsync(supplierEmail);
        var supplier = await server.StructureAsync(supplierUser, "Fournitures Martin");
        await server.GrantAsync(supplier, supplierUser, Space.FacturesEmises);
        var managerEmail = Seed.NewEmail("maire");
        var principal = await server.UserAsync(managerEmail);
        var recipientSiret = Seed.NewSiret();
        var recipient = await server.StructureAsync(principal, recipientName, isPublic: true, recipientSiret);
        await using (var scope = server.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            db.Services.Add(new Service { StructureId = recipient, Code = "TECHNIQUE", Name = "Services techniques" });
            db.Services.Add(new Service { StructureId = recipient, Code = "ECOLES", Name = "Écoles" });
            await db.SaveChangesAsync();
        }

        var agentEmail = Seed.NewEmail("agent");
        await server.GrantAsync(recipient, await server.UserAsync(agentEmail), Space.FacturesRecues);
        return new Exchange(supplierEmail, supplierUser, supplier, agentEmail, recipientSiret, recipientName, managerEmail);
    }

    /// <summary>"Confirmer et envoyer" through <see cref="SendInvoice"/>, with an original file; answers the invoice's id.</summary>
    public static async Task<int> SendAsync(this PortalServer server, Exchange exchange, string number, string service = "TECHNIQUE", decimal amount = 1440m)
    {
        await using var scope = server.Services.CreateAsyncScope();
        var invoice = new Invoice
        {
            Number = number,
            Frame = InvoiceFrame.A1,
            SupplierStructureId = exchange.Supplier,
            SupplierName = "Fournitures Martin",
            IssueDate = DateOnly.FromDateTime(DateTime.UtcNow),
            TotalExcludingVat = amount / 1.2m,
            TotalVat = amount - (amount / 1.2m),
            TotalIncludingVat = amount,
            AmountDue = amount,
        };
        var outcome = await scope.ServiceProvider.GetRequiredService<SendInvoice>().HandleAsync(
            new InvoiceActor(exchange.SupplierUser, "Paul Martin"), invoice,
            new RoutingInput(InvoiceFrame.A1, exchange.RecipientSiret, service, null), CancellationToken.None);
        var id = outcome.Id ?? throw new InvalidOperationException(outcome.Message);
        var bytes = System.Text.Encoding.UTF8.GetBytes($"<Invoice><ID>{number}</ID></Invoice>");
        var sha = await scope.ServiceProvider.GetRequiredService<IDocumentStore>().PutAsync(bytes, CancellationToken.None);
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.InvoiceFiles.Add(new InvoiceFile
        {
            InvoiceId = id,
            Kind = InvoiceFileKind.Original,
            FileName = $"{number}.xml",
            ContentType = "application/xml",
            Length = bytes.Length,
            Sha256 = sha,
            AddedAtUtc = DateTime.UtcNow,
        });
        await db.SaveChangesAsync();
        return id;
    }

    /// <summary>The menu's "Factures reçues" tab: the Synthèse.</summary>
    public static async Task OpenSyntheseAsync(this IPage page)
    {
        await page.MainMenu().GetByRole(AriaRole.Link, new() { Name = "Factures reçues" }).ClickAsync();
        await page.ExpectPageAsync("Factures reçues");
    }

    /// <summary>From a list, the invoice's number leads to its view.</summary>
    public static async Task OpenReceivedInvoiceAsync(this IPage page, string number)
    {
        await page.GetByRole(AriaRole.Link, new() { Name = number, Exact = true }).ClickAsync();
        await page.ExpectPageAsync($"Facture n° {number}");
    }

    /// <summary>"Traiter la facture": the motif or comment, the numéro de mandat when given, then the action's button.</summary>
    public static async Task ProcessAsync(this IPage page, string action, string? comment = null, string? mandate = null)
    {
        if (comment is not null)
        {
            await page.GetByLabel("Motif ou commentaire").FillAsync(comment);
        }

        if (mandate is not null)
        {
            await page.GetByLabel("Numéro de mandat").FillAsync(mandate);
        }

        await page.GetByRole(AriaRole.Button, new() { Name = action, Exact = true }).ClickAsync();
    }

    /// <summary>On the structure's page, the user's "Abonnements", then the services ticked, then "Enregistrer les services".</summary>
    public static async Task LimitToServicesAsync(this IPage page, string userEmail, params string[] services)
    {
        await page.GetByRole(AriaRole.Link, new() { Name = $"Abonnements de {userEmail}" }).ClickAsync();
        var group = page.GetByRole(AriaRole.Group, new() { Name = "Services de l'utilisateur" });
        foreach (var service in services)
        {
            await group.GetByLabel(service).TickAsync();
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer les services" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("services cochés");
        await page.ExpectPageAsync($"Abonnements de {userEmail}");
    }

    /// <summary>The status badge of the invoice's data table.</summary>
    public static Task ExpectStatusAsync(this IPage page, string status) =>
        Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasTextRegex = StatusRow() })).ToContainTextAsync(status);

    private static async Task GrantAsync(this PortalServer server, int structureId, Guid userId, Space space)
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

        db.Subscriptions.RemoveRange(db.Subscriptions.Where(s => s.StructureId == structureId && s.UserId == userId && s.Space == space));
        db.Subscriptions.Add(new Subscription { StructureId = structureId, UserId = userId, Space = space, Mode = AccessMode.Modification, CreatedAtUtc = DateTime.UtcNow });
        await db.SaveChangesAsync();
    }

    [GeneratedRegex("^Statut")]
    private static partial Regex StatusRow();
}
