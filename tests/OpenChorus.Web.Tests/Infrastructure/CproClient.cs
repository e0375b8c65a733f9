using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenChorus.Web.Features.Api.Accounts;
using OpenChorus.Web.Features.Structures;

namespace OpenChorus.Web.Tests.Infrastructure;

/// <summary>
/// An ERP calling the Chorus Pro API the way real clients do: a client application registered by an administrator,
/// a technical account created by the structure's gestionnaire principal, a token from /api/oauth/token, then every
/// call with <c>Authorization: Bearer</c> and <c>cpro-account</c>.
/// </summary>
public sealed class CproClient(HttpClient http, string login, string password, Guid userId, int structureId)
{
    public HttpClient Http { get; } = http;

    public string Login { get; } = login;

    public string Password { get; } = password;

    /// <summary>The technical account's own user.</summary>
    public Guid UserId { get; } = userId;

    public int StructureId { get; } = structureId;

    public string AccountHeader => Convert.ToBase64String(Encoding.UTF8.GetBytes($"{Login}:{Password}"));

    /// <summary>A technical account of the structure with the spaces given (opened if needed), in Modification mode,
    /// and a client holding a fresh token.</summary>
    public static async Task<CproClient> CreateAsync(TestApp app, int structureId, params Space[] spaces)
    {
        var principal = await app.WithDbAsync(async db =>
        {
            foreach (var space in spaces.Where(s => !db.StructureSpaces.Any(o => o.StructureId == structureId && o.Space == s)))
            {
                db.StructureSpaces.Add(new StructureSpace { StructureId = structureId, Space = space, OpenedAtUtc = app.Clock.GetUtcNow().UtcDateTime });
            }

            await db.SaveChangesAsync();
            return await db.Memberships.Where(m => m.StructureId == structureId && m.Role == StructureRole.PrincipalManager)
                .Select(m => m.UserId).SingleAsync();
        });
        await using var scope = app.Services.CreateAsyncScope();
        var issued = await scope.ServiceProvider.GetRequiredService<TechnicalAccounts>().CreateAsync(
            principal, structureId, spaces.ToDictionary(s => s, _ => AccessMode.Modification), CancellationToken.None);
        var userId = await app.WithDbAsync(db => db.TechnicalAccounts.Where(a => a.Login == issued.Login).Select(a => a.UserId).SingleAsync());
        var http = app.CreateClient();
        var token = await TokenAsync(app, http);
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return new CproClient(http, issued.Login!, issued.Password!, userId, structureId);
    }

    /// <summary>Registers a client application and asks a token for it, as PISTE clients do.</summary>
    public static async Task<string> TokenAsync(TestApp app, HttpClient http)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var (clientId, secret) = await scope.ServiceProvider.GetRequiredService<ApiClients>().CreateAsync("ERP de test", CancellationToken.None);
        using var response = await http.PostAsync("/api/oauth/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = clientId,
            ["client_secret"] = secret,
            ["scope"] = "openid",
        }));
        response.EnsureSuccessStatusCode();
        var json = await ReadJsonAsync(response);
        return json.GetProperty("access_token").GetString()!;
    }

    /// <summary>POSTs <paramref name="body"/> as JSON with the bearer token and the cpro-account header.</summary>
    public async Task<HttpResponseMessage> PostAsync(string path, object body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        request.Headers.Add("cpro-account", AccountHeader);
        return await Http.SendAsync(request);
    }

    /// <summary>POSTs and reads the answer as JSON, whatever its status.</summary>
    public async Task<(int Status, JsonElement Body)> CallAsync(string path, object body)
    {
        using var response = await PostAsync(path, body);
        return ((int)response.StatusCode, await ReadJsonAsync(response));
    }

    public static async Task<JsonElement> ReadJsonAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        try
        {
            return JsonDocument.Parse(text.Length == 0 ? "{}" : text).RootElement.Clone();
        }
        catch (JsonException)
        {
            // Not JSON (an HTML error page): keep its beginning so that a failing assertion shows it.
            return JsonSerializer.SerializeToElement(new { notJson = text[..Math.Min(text.Length, 300)] });
        }
    }
}
