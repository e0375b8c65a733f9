using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using NpgsqlTypes;
using OpenChorus.Web.Data;
using OpenChorus.Web.Features.Accounts;
using OpenChorus.Web.Features.Invoices;
using OpenChorus.Web.Features.Structures;

namespace OpenChorus.Portal.Benchmarks;

/// <summary>
/// A data set the size of a busy platform: 1,000,000 invoices from 2,000 suppliers to 100 public structures, the
/// largest of which (the one the measured agent works for) receives a fifth of them over two years, in every status.
/// Loaded once with COPY; later runs reuse it.
/// </summary>
public static class MillionInvoices
{
    public const int InvoiceCount = 1_000_000;
    public const string AgentEmail = "agent.bench@example.org";
    public const string SupplierEmail = "fournisseur.bench@example.org";
    public const string Password = "Bench-OpenChorus-2026!";
    public const string BigRecipientSiret = "21000000000001";

    private static readonly InvoiceStatus[] Statuses =
    [
        InvoiceStatus.MiseEnPaiement, InvoiceStatus.MiseEnPaiement, InvoiceStatus.MiseEnPaiement, InvoiceStatus.MiseEnPaiement,
        InvoiceStatus.MiseEnPaiement, InvoiceStatus.Mandatee, InvoiceStatus.Comptabilisee, InvoiceStatus.ServiceFait,
        InvoiceStatus.MiseADisposition, InvoiceStatus.Rejetee, InvoiceStatus.Suspendue, InvoiceStatus.Completee,
        InvoiceStatus.ARecycler, InvoiceStatus.MiseADispositionComptable,
    ];

    public static async Task EnsureAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        if (await db.Invoices.CountAsync() >= InvoiceCount)
        {
            return;
        }

        // A half-loaded set (an interrupted load) is dropped and loaded again from scratch.
        await db.Database.EnsureDeletedAsync();
        await db.Database.MigrateAsync();
        var now = DateTime.UtcNow;
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var agent = await UserAsync(users, AgentEmail, now);
        var supplierUser = await UserAsync(users, SupplierEmail, now);

        var recipients = Enumerable.Range(0, 100).Select(i => Structure(i == 0 ? BigRecipientSiret : $"2100000000{i + 1000:D4}", $"Collectivité {i}", true, now)).ToList();
        foreach (var recipient in recipients)
        {
            foreach (var code in new[] { "FINANCES", "TECHNIQUE", "ECOLES", "SPORTS", "CULTURE" })
            {
                recipient.Services.Add(new Service { Code = code, Name = $"Service {code}" });
            }
        }

        var suppliers = Enumerable.Range(0, 2000).Select(i => Structure($"4000000{i:D7}", $"Fournisseur {i}", false, now)).ToList();
        db.Structures.AddRange(recipients);
        db.Structures.AddRange(suppliers);
        await db.SaveChangesAsync();

        Grant(db, recipients[0].Id, agent.Id, Space.FacturesRecues, now);
        Grant(db, suppliers[0].Id, supplierUser.Id, Space.FacturesEmises, now);
        await db.SaveChangesAsync();

        await CopyAsync(db, recipients, suppliers, supplierUser.Id, now);
        await db.Database.ExecuteSqlRawAsync("ANALYZE \"Invoices\"");
    }

    private static async Task CopyAsync(AppDbContext db, List<Structure> recipients, List<Structure> suppliers, Guid author, DateTime now)
    {
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await connection.OpenAsync();
        var random = new Random(2026);
        await using var writer = await connection.BeginBinaryImportAsync(
            """
            COPY "Invoices" ("Number", "NumberYear", "Frame", "Kind", "DepositMode", "Status", "SupplierStructureId",
              "RecipientStructureId", "RecipientServiceId", "IssueDate", "Currency", "TotalExcludingVat", "TotalVat",
              "TotalIncludingVat", "AmountDue", "AmountDueCents", "SupplierName", "CreatedByUserId", "CreatedAtUtc",
              "UpdatedAtUtc", "SentAtUtc", "MadeAvailableAtUtc", "Version") FROM STDIN (FORMAT BINARY)
            """);
        for (var n = 0; n < InvoiceCount; n++)
        {
            // A fifth to the big recipient, the rest spread over the 99 others.
            var recipient = n % 5 == 0 ? recipients[0] : recipients[1 + random.Next(99)];
            var service = recipient.Services[random.Next(recipient.Services.Count)];
            var supplierIndex = random.Next(suppliers.Count);
            var supplier = suppliers[supplierIndex];
            var at = now.AddMinutes(-random.Next(2 * 365 * 24 * 60));
            var cents = 1000L + random.Next(5_000_000);
            var ttc = cents / 100m;
            var ht = Math.Round(ttc / 1.2m, 2);
            await writer.StartRowAsync();
            await writer.WriteAsync($"B{n:D9}", NpgsqlDbType.Varchar);
            await writer.WriteAsync(at.Year, NpgsqlDbType.Integer);
            await writer.WriteAsync("A1", NpgsqlDbType.Varchar);
            await writer.WriteAsync("Facture", NpgsqlDbType.Varchar);
            await writer.WriteAsync("PortailXml", NpgsqlDbType.Varchar);
            await writer.WriteAsync(Statuses[random.Next(Statuses.Length)].ToString(), NpgsqlDbType.Varchar);
            await writer.WriteAsync(supplier.Id, NpgsqlDbType.Integer);
            await writer.WriteAsync(recipient.Id, NpgsqlDbType.Integer);
            await writer.WriteAsync(service.Id, NpgsqlDbType.Integer);
            await writer.WriteAsync(DateOnly.FromDateTime(at), NpgsqlDbType.Date);
            await writer.WriteAsync("EUR", NpgsqlDbType.Varchar);
            await writer.WriteAsync(ht, NpgsqlDbType.Numeric);
            await writer.WriteAsync(ttc - ht, NpgsqlDbType.Numeric);
            await writer.WriteAsync(ttc, NpgsqlDbType.Numeric);
            await writer.WriteAsync(ttc, NpgsqlDbType.Numeric);
            await writer.WriteAsync(cents, NpgsqlDbType.Bigint);
            await writer.WriteAsync(supplier.CompanyName, NpgsqlDbType.Varchar);
            await writer.WriteAsync(author, NpgsqlDbType.Uuid);
            await writer.WriteAsync(at, NpgsqlDbType.TimestampTz);
            await writer.WriteAsync(at, NpgsqlDbType.TimestampTz);
            await writer.WriteAsync(at, NpgsqlDbType.TimestampTz);
            await writer.WriteAsync(at, NpgsqlDbType.TimestampTz);
            await writer.WriteAsync(2, NpgsqlDbType.Integer);
        }

        await writer.CompleteAsync();
    }

    private static Structure Structure(string siret, string name, bool isPublic, DateTime now) => new()
    {
        IdentifierType = IdentifierType.Siret,
        Identifier = siret,
        CompanyName = name,
        IsPublic = isPublic,
        CreatedAtUtc = now,
    };

    private static void Grant(AppDbContext db, int structureId, Guid userId, Space space, DateTime now)
    {
        db.Memberships.Add(new Membership { StructureId = structureId, UserId = userId, Role = StructureRole.User, CreatedAtUtc = now });
        db.StructureSpaces.Add(new StructureSpace { StructureId = structureId, Space = space, OpenedAtUtc = now });
        db.Subscriptions.Add(new Subscription { StructureId = structureId, UserId = userId, Space = space, Mode = AccessMode.Modification, CreatedAtUtc = now });
    }

    private static async Task<AppUser> UserAsync(UserManager<AppUser> users, string email, DateTime now)
    {
        var user = new AppUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            FirstName = "Bench",
            LastName = "OpenChorus",
            ContactEmail = email,
            NotifyInvoicing = false,
            TermsAcceptedAtUtc = now,
            CreatedAtUtc = now,
        };
        var result = await users.CreateAsync(user, Password);
        return result.Succeeded ? user : throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
    }
}
