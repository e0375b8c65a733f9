using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenChorus.Benchmarks;
using OpenChorus.Web.Data;
using OpenChorus.Web.Features.Accounts;
using OpenChorus.Web.Features.Flux;
using OpenChorus.Web.Features.Structures;

namespace OpenChorus.Flux.Benchmarks;

/// <summary>A fresh database with one supplier (its user deposits the flux) and one public recipient that requires
/// nothing but its SIRET; 10-line UBL invoices addressed to it under fresh numbers.</summary>
public sealed class FluxWorld
{
    public const string RecipientSiret = "22000000000004";
    public const string SupplierSiret = "41000000000001";

    public required Guid User { get; init; }

    public required int Supplier { get; init; }

    public static async Task<FluxWorld> CreateAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await db.Database.EnsureDeletedAsync();
        await db.Database.MigrateAsync();
        var now = DateTime.UtcNow;
        var user = new AppUser
        {
            UserName = "flux.bench@example.org",
            Email = "flux.bench@example.org",
            EmailConfirmed = true,
            FirstName = "Bench",
            LastName = "Flux",
            ContactEmail = "flux.bench@example.org",
            NotifyInvoicing = false,
            TermsAcceptedAtUtc = now,
            CreatedAtUtc = now,
        };
        var created = await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().CreateAsync(user, "Bench-OpenChorus-2026!");
        if (!created.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", created.Errors.Select(e => e.Description)));
        }

        var supplier = new Structure { IdentifierType = IdentifierType.Siret, Identifier = SupplierSiret, CompanyName = "Fournisseur flux", CreatedAtUtc = now };
        var recipient = new Structure { IdentifierType = IdentifierType.Siret, Identifier = RecipientSiret, CompanyName = "Collectivité flux", IsPublic = true, CreatedAtUtc = now };
        db.Structures.AddRange(supplier, recipient);
        await db.SaveChangesAsync();
        db.Memberships.Add(new Membership { StructureId = supplier.Id, UserId = user.Id, Role = StructureRole.User, CreatedAtUtc = now });
        db.StructureSpaces.Add(new StructureSpace { StructureId = supplier.Id, Space = Space.FacturesEmises, OpenedAtUtc = now });
        db.Subscriptions.Add(new Subscription { StructureId = supplier.Id, UserId = user.Id, Space = Space.FacturesEmises, Mode = AccessMode.Modification, CreatedAtUtc = now });
        await db.SaveChangesAsync();
        return new FluxWorld { User = user.Id, Supplier = supplier.Id };
    }

    /// <summary>A 10-line UBL invoice (bench/OpenChorus.Benchmarks' LargeInvoice) whose buyer is the recipient.</summary>
    public static byte[] Invoice(string number)
    {
        var xml = Encoding.UTF8.GetString(LargeInvoice.Ubl(10, number));
        return Encoding.UTF8.GetBytes(xml.Replace(
            "<cbc:RegistrationName>Acheteur</cbc:RegistrationName>",
            $"<cbc:RegistrationName>Acheteur</cbc:RegistrationName><cbc:CompanyID schemeID=\"0009\">{RecipientSiret}</cbc:CompanyID>",
            StringComparison.Ordinal));
    }

    public static string NewNumber() => "F" + Guid.NewGuid().ToString("N")[..19];

    public async Task DepositAsync(IServiceProvider services, string fileName, byte[] content)
    {
        await using var scope = services.CreateAsyncScope();
        var accepted = await scope.ServiceProvider.GetRequiredService<FluxDeposits>()
            .AcceptAsync(User, Supplier, fileName, content, "IN_DP_E1_UBL_INVOICE", false, CancellationToken.None);
        if (!accepted.Accepted)
        {
            throw new InvalidOperationException(accepted.Refusal!.Message);
        }
    }

    /// <summary>The flux not yet IN_INTEGRE and the invoices created, to check a run integrated everything.</summary>
    public static async Task<(int Unfinished, int Invoices)> CountAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return (await db.FluxDepots.CountAsync(f => f.State != FluxState.Integre), await db.Invoices.CountAsync());
    }
}
