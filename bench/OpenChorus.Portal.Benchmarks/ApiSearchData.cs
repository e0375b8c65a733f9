using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenChorus.Web.Data;
using OpenChorus.Web.Features.Api.Accounts;
using OpenChorus.Web.Features.Structures;

namespace OpenChorus.Portal.Benchmarks;

/// <summary>
/// The two large API callers the million invoices lack, made once from them: a national supplier that took over the
/// invoices of 400 of the 2,000 suppliers (about 200,000), and a titulaire validating, as A9, the invoices of 200
/// others (about 100,000). Neither touches the big recipient's figures nor the suppliers the portal benchmarks use
/// (numbers 0 and 42). Each run gives both a fresh technical account and an ERP client holding a token.
/// </summary>
public static class ApiSearchData
{
    public const string SupplierSiret = "40000009999991";
    public const string TitulaireSiret = "40000009999992";

    public static async Task EnsureAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        if (await db.Structures.AnyAsync(s => s.Identifier == TitulaireSiret))
        {
            return;
        }

        db.Database.SetCommandTimeout(TimeSpan.FromMinutes(15));
        var principal = await db.Users.Where(u => u.Email == MillionInvoices.SupplierEmail).Select(u => u.Id).SingleAsync();
        var supplier = await StructureAsync(db, SupplierSiret, "Fournisseur national", Space.FacturesEmises, principal);
        var titulaire = await StructureAsync(db, TitulaireSiret, "Titulaire national", Space.FacturesAValider, principal);
        await db.Database.ExecuteSqlAsync($"""
            UPDATE "Invoices" i SET "SupplierStructureId" = {supplier}, "SupplierName" = 'Fournisseur national'
            FROM "Structures" s WHERE s."Id" = i."SupplierStructureId" AND s."Identifier" BETWEEN '40000000001000' AND '40000000001399'
            """);
        await db.Database.ExecuteSqlAsync($"""
            UPDATE "Invoices" i SET "ValidatorStructureId" = {titulaire}, "Frame" = 'A9'
            FROM "Structures" s WHERE s."Id" = i."SupplierStructureId" AND s."Identifier" BETWEEN '40000000001400' AND '40000000001599'
            """);
        // Vacuumed, not only analysed: until then the updated rows' pages are not all-visible and every count reads them.
        await db.Database.ExecuteSqlRawAsync("VACUUM ANALYZE \"Invoices\"");
    }

    /// <summary>An ERP of the structure: a technical account in Modification on <paramref name="space"/> and a token.</summary>
    public static async Task<HttpClient> ErpAsync(PortalHost host, string siret, Space space)
    {
        string login, password;
        string clientId, secret;
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var structure = await db.Structures.SingleAsync(s => s.Identifier == siret);
            var principal = await db.Memberships.Where(m => m.StructureId == structure.Id && m.Role == StructureRole.PrincipalManager).Select(m => m.UserId).SingleAsync();
            var issued = await scope.ServiceProvider.GetRequiredService<TechnicalAccounts>()
                .CreateAsync(principal, structure.Id, new Dictionary<Space, AccessMode> { [space] = AccessMode.Modification }, CancellationToken.None);
            (login, password) = (issued.Login ?? throw new InvalidOperationException(issued.Outcome.Message), issued.Password!);
            (clientId, secret) = await scope.ServiceProvider.GetRequiredService<ApiClients>().CreateAsync("Benchmark", CancellationToken.None);
        }

        var client = host.CreateClient();
        using var token = await client.PostAsync(new Uri("/api/oauth/token", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = clientId,
            ["client_secret"] = secret,
            ["scope"] = "openid",
        }));
        var accessToken = (await token.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>()).GetProperty("access_token").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        client.DefaultRequestHeaders.Add("cpro-account", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{login}:{password}")));
        return client;
    }

    /// <summary>POSTs a Chorus Pro operation and fails loudly unless it answers 200 with invoices, so that a refusal or
    /// an empty search is never timed as a fast one.</summary>
    public static async Task<int> SearchAsync(this HttpClient erp, string operation, object body)
    {
        using var response = await erp.PostAsJsonAsync(new Uri(operation, UriKind.Relative), body);
        var text = await response.Content.ReadAsStringAsync();
        return response.IsSuccessStatusCode && text.Contains("\"listeFactures\":[{", StringComparison.Ordinal)
            ? text.Length
            : throw new InvalidOperationException($"{operation}: {(int)response.StatusCode} {text[..Math.Min(500, text.Length)]}");
    }

    private static async Task<int> StructureAsync(AppDbContext db, string siret, string name, Space space, Guid principal)
    {
        var now = DateTime.UtcNow;
        var structure = new Structure { IdentifierType = IdentifierType.Siret, Identifier = siret, CompanyName = name, CreatedAtUtc = now };
        db.Structures.Add(structure);
        db.StructureSpaces.Add(new StructureSpace { Structure = structure, Space = space, OpenedAtUtc = now });
        db.Memberships.Add(new Membership { Structure = structure, UserId = principal, Role = StructureRole.PrincipalManager, CreatedAtUtc = now });
        await db.SaveChangesAsync();
        return structure.Id;
    }
}
