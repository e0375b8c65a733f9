using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenChorus.Web.Features.Invoices;
using OpenChorus.Web.Features.Structures;

namespace OpenChorus.Web.Tests.Infrastructure;

/// <summary>A supplier and a public recipient ready to exchange invoices, and invoices sent through the real use case.</summary>
public static class TestInvoices
{
    /// <summary>Opens the space on the structure (if needed) and subscribes the user to it.</summary>
    public static Task GrantAsync(this TestApp app, int structureId, Guid userId, Space space, AccessMode mode = AccessMode.Modification) =>
        app.WithDbAsync(async db =>
        {
            var now = app.Clock.GetUtcNow().UtcDateTime;
            if (!await db.StructureSpaces.AnyAsync(o => o.StructureId == structureId && o.Space == space))
            {
                db.StructureSpaces.Add(new StructureSpace { StructureId = structureId, Space = space, OpenedAtUtc = now });
            }

            if (!await db.Memberships.AnyAsync(m => m.StructureId == structureId && m.UserId == userId))
            {
                db.Memberships.Add(new Membership { StructureId = structureId, UserId = userId, Role = StructureRole.User, CreatedAtUtc = now });
            }

            var existing = await db.Subscriptions.SingleOrDefaultAsync(s => s.StructureId == structureId && s.UserId == userId && s.Space == space);
            if (existing is null)
            {
                db.Subscriptions.Add(new Subscription { StructureId = structureId, UserId = userId, Space = space, Mode = mode, CreatedAtUtc = now });
            }
            else
            {
                existing.Mode = mode;
            }

            return await db.SaveChangesAsync();
        });

    /// <summary>A public structure with the services FINANCES (engagement required), TECHNIQUE and ANCIEN (inactive).</summary>
    public static async Task<(int Id, string Siret)> CreateRecipientAsync(this TestApp app, Guid principalId, string name, Action<StructureParameters>? parameters = null)
    {
        var siret = TestStructures.NewSiret();
        var id = await app.CreateStructureAsync(principalId, name, isPublic: true, siret: siret);
        await app.WithDbAsync(async db =>
        {
            var structure = await db.Structures.SingleAsync(s => s.Id == id);
            parameters?.Invoke(structure.Parameters);
            db.Services.Add(new Service { StructureId = id, Code = "FINANCES", Name = "Direction des finances", EngagementRequired = true });
            db.Services.Add(new Service { StructureId = id, Code = "TECHNIQUE", Name = "Services techniques" });
            db.Services.Add(new Service { StructureId = id, Code = "ANCIEN", Name = "Ancien service", IsActive = false });
            return await db.SaveChangesAsync();
        });
        return (id, siret);
    }

    /// <summary>Sends an invoice through <see cref="SendInvoice"/> as the given supplier user; answers its id.</summary>
    public static async Task<int> SendInvoiceAsync(
        this TestApp app, Guid supplierUserId, int supplierStructureId, string recipientSiret, string number,
        string? serviceCode = "TECHNIQUE", string? engagement = null, InvoiceFrame frame = InvoiceFrame.A1, string? validatorSiret = null, decimal amount = 1200m)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var send = scope.ServiceProvider.GetRequiredService<SendInvoice>();
        var invoice = new Invoice
        {
            Number = number,
            Frame = frame,
            SupplierStructureId = supplierStructureId,
            SupplierName = "Fournisseur de test",
            IssueDate = DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime),
            TotalExcludingVat = amount / 1.2m,
            TotalVat = amount - (amount / 1.2m),
            TotalIncludingVat = amount,
            AmountDue = amount,
        };
        var outcome = await send.HandleAsync(new InvoiceActor(supplierUserId, "Fournisseur de test"), invoice,
            new RoutingInput(frame, recipientSiret, serviceCode, engagement, validatorSiret), CancellationToken.None);
        return outcome.Id ?? throw new InvalidOperationException(outcome.Message);
    }
}
