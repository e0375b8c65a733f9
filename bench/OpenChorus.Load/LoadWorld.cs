using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenChorus.Benchmarks;
using OpenChorus.Web.Data;
using OpenChorus.Web.Features.Accounts;
using OpenChorus.Web.Features.Api.Accounts;
using OpenChorus.Web.Features.Structures;
using OpenChorus.Web.Features.Webhooks;

namespace OpenChorus.Load;

/// <summary>What the ERP needs before it calls the API: a client application (id and secret), a technical account of
/// the supplier (login and password), the public recipient's SIRET.</summary>
public sealed record LoadWorld(string ClientId, string ClientSecret, string Login, string Password)
{
    public const string RecipientSiret = "22000000000004";
    public const string SupplierSiret = "41000000000001";

    /// <summary>
    /// Provisions the fresh database with the application's own use cases, in this process, before any server starts:
    /// the migrations, a supplier whose gestionnaire principal creates the technical account (Factures émises in
    /// Modification), a public recipient with a service, a client application, and a webhook endpoint for the flux
    /// events (never delivered: the nodes' dispatchers are off), whose queued events show each flux finished once.
    /// </summary>
    public static async Task<LoadWorld> ProvisionAsync(string connectionString)
    {
        await using var host = new ProvisioningHost(connectionString);
        await using var scope = host.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<AppDbContext>();
        var now = DateTime.UtcNow;
        var principal = new AppUser
        {
            UserName = "load.principal@example.org",
            Email = "load.principal@example.org",
            EmailConfirmed = true,
            FirstName = "Charge",
            LastName = "Principal",
            ContactEmail = "load.principal@example.org",
            NotifyInvoicing = false,
            TermsAcceptedAtUtc = now,
            CreatedAtUtc = now,
        };
        var created = await services.GetRequiredService<UserManager<AppUser>>().CreateAsync(principal, "Load-OpenChorus-2026!");
        if (!created.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", created.Errors.Select(e => e.Description)));
        }

        var supplier = new Structure { IdentifierType = IdentifierType.Siret, Identifier = SupplierSiret, CompanyName = "Fournisseur charge", CreatedAtUtc = now };
        var recipient = new Structure { IdentifierType = IdentifierType.Siret, Identifier = RecipientSiret, CompanyName = "Collectivité charge", IsPublic = true, CreatedAtUtc = now };
        db.Structures.AddRange(supplier, recipient);
        await db.SaveChangesAsync();
        db.Services.Add(new Service { StructureId = recipient.Id, Code = "SERVICE_CHARGE", Name = "Service de la charge" });
        db.Memberships.Add(new Membership { StructureId = supplier.Id, UserId = principal.Id, Role = StructureRole.PrincipalManager, CreatedAtUtc = now });
        db.StructureSpaces.Add(new StructureSpace { StructureId = supplier.Id, Space = Space.FacturesEmises, OpenedAtUtc = now });
        db.Subscriptions.Add(new Subscription { StructureId = supplier.Id, UserId = principal.Id, Space = Space.FacturesEmises, Mode = AccessMode.Modification, CreatedAtUtc = now });
        await db.SaveChangesAsync();

        var account = await services.GetRequiredService<TechnicalAccounts>().CreateAsync(
            principal.Id, supplier.Id, new Dictionary<Space, AccessMode> { [Space.FacturesEmises] = AccessMode.Modification }, CancellationToken.None);
        if (account.Login is null || account.Password is null)
        {
            throw new InvalidOperationException("The technical account was not created.");
        }

        var (clientId, secret) = await services.GetRequiredService<ApiClients>().CreateAsync("Outil de charge", CancellationToken.None);
        var webhook = await services.GetRequiredService<RegisterWebhook>().HandleAsync(principal.Id, supplier.Id, "https://erp.example.org/openchorus",
            [WebhookEvents.FluxIntegrated, WebhookEvents.FluxPartlyIntegrated, WebhookEvents.FluxRejected], CancellationToken.None);
        if (webhook.Secret is null)
        {
            throw new InvalidOperationException("The webhook endpoint was not registered.");
        }

        return new LoadWorld(clientId, secret, account.Login, account.Password);
    }

    /// <summary>The base64 of <c>login:password</c>, the cpro-account header.</summary>
    public string AccountHeader => Convert.ToBase64String(Encoding.UTF8.GetBytes($"{Login}:{Password}"));

    /// <summary>A 10-line UBL invoice (bench/OpenChorus.Benchmarks' LargeInvoice) whose buyer is the recipient, with
    /// <paramref name="number"/> as its placeholder number.</summary>
    public static string InvoiceTemplate(string number) =>
        Encoding.UTF8.GetString(LargeInvoice.Ubl(10, number)).Replace(
            "<cbc:RegistrationName>Acheteur</cbc:RegistrationName>",
            $"<cbc:RegistrationName>Acheteur</cbc:RegistrationName><cbc:CompanyID schemeID=\"0009\">{RecipientSiret}</cbc:CompanyID>",
            StringComparison.Ordinal);

    /// <summary>The application in this process, only to provision (no processor, no dispatcher, no tacit validation).</summary>
    private sealed class ProvisioningHost(string connectionString) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseContentRoot(AppContext.BaseDirectory);
            builder.UseEnvironment("Production");
            builder.UseSetting("Database:Provider", "Postgres");
            builder.UseSetting("Database:ConnectionString", connectionString);
            builder.UseSetting("Demo:Seed", "false");
            builder.UseSetting("Mail:Smtp:Host", "127.0.0.1");
            builder.UseSetting("Mail:PollIntervalMilliseconds", "60000");
            builder.UseSetting("Invoices:TacitValidationIntervalSeconds", "0");
            builder.UseSetting("Flux:IntervalMilliseconds", "0");
            builder.UseSetting("Webhooks:DispatchIntervalMilliseconds", "0");
            // Quiet: on a fresh database EF logs the missing migrations table as an error before it creates it.
            builder.ConfigureLogging(logging => logging.ClearProviders());
        }
    }
}
