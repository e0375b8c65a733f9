using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenChorus.Web.Features.Api.Accounts;
using OpenChorus.Web.Features.Structures;
using OpenChorus.Web.Tests.Infrastructure;

namespace OpenChorus.Web.Tests.Features.Api;

/// <summary>The gate of the Chorus Pro API: the PISTE token, then the technical account, refused with the documented
/// status and the codeRetour/libelle envelope.</summary>
public sealed class CproGateTests(TestApp app) : IClassFixture<TestApp>, IAsyncLifetime
{
    private const string HealthCheck = "/cpro/transverses/v1/health-check";
    private CproClient _client = null!;

    public async ValueTask InitializeAsync()
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var principal = await app.CreateUserAsync($"gp-{suffix}@example.org");
        var structure = await app.CreateStructureAsync(principal, $"Fournisseur {suffix}");
        _client = await CproClient.CreateAsync(app, structure, Space.FacturesEmises);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task Token_ClientCredentials_AnswersABearerTokenForAnHour()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var (clientId, secret) = await scope.ServiceProvider.GetRequiredService<ApiClients>().CreateAsync("ERP", CancellationToken.None);
        using var http = app.CreateClient();

        using var response = await http.PostAsync("/api/oauth/token", Form(clientId, secret), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await CproClient.ReadJsonAsync(response);
        Assert.Equal("Bearer", json.GetProperty("token_type").GetString());
        Assert.Equal(3600, json.GetProperty("expires_in").GetInt32());
        Assert.False(string.IsNullOrEmpty(json.GetProperty("access_token").GetString()));
    }

    [Fact]
    public async Task Token_WrongSecret_IsRefusedAsInvalidClient()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var (clientId, _) = await scope.ServiceProvider.GetRequiredService<ApiClients>().CreateAsync("ERP", CancellationToken.None);
        using var http = app.CreateClient();

        using var response = await http.PostAsync("/api/oauth/token", Form(clientId, "pas-le-bon-secret"), TestContext.Current.CancellationToken);

        Assert.False(response.IsSuccessStatusCode);
        Assert.Equal("invalid_client", (await CproClient.ReadJsonAsync(response)).GetProperty("error").GetString());
    }

    [Fact]
    public async Task Call_WithTokenAndTechnicalAccount_IsAnswered()
    {
        using var response = await SendAsync(HttpMethod.Get, HealthCheck, _client.AccountHeader);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(200, (await CproClient.ReadJsonAsync(response)).GetProperty("statusCodeValue").GetInt32());
    }

    [Fact]
    public async Task Call_WithoutToken_Is401WithTheEnvelope()
    {
        using var http = app.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, HealthCheck);
        request.Headers.Add("cpro-account", _client.AccountHeader);

        using var response = await http.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("Bearer", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
        Assert.Equal(401, (await CproClient.ReadJsonAsync(response)).GetProperty("codeRetour").GetInt32());
    }

    [Fact]
    public async Task Call_WithAForgedToken_Is401()
    {
        using var http = app.CreateClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "CfDJ8-forged-token");
        using var request = new HttpRequestMessage(HttpMethod.Get, HealthCheck);
        request.Headers.Add("cpro-account", _client.AccountHeader);

        using var response = await http.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("invalid_token", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, "absent")]
    [InlineData("pas du base64 !", "base64(login:mot de passe)")]
    public async Task Call_WithoutAReadableAccount_Is401SayingWhy(string? header, string reason)
    {
        using var response = await SendAsync(HttpMethod.Get, HealthCheck, header);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var json = await CproClient.ReadJsonAsync(response);
        Assert.Equal(401, json.GetProperty("codeRetour").GetInt32());
        Assert.Contains(reason, json.GetProperty("libelle").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Call_WithAWrongPassword_Is401()
    {
        var header = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{_client.Login}:{_client.Password}x"));

        using var response = await SendAsync(HttpMethod.Get, HealthCheck, header);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("inconnu", (await CproClient.ReadJsonAsync(response)).GetProperty("libelle").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Call_WithAnExpiredTechnicalPassword_Is401UntilThePrincipalSetsANewOne()
    {
        await app.WithDbAsync(async db =>
        {
            var account = await db.TechnicalAccounts.SingleAsync(a => a.Login == _client.Login);
            account.PasswordExpiresAtUtc = app.Clock.GetUtcNow().UtcDateTime.AddMinutes(-1);
            return await db.SaveChangesAsync();
        });

        using var response = await SendAsync(HttpMethod.Get, HealthCheck, _client.AccountHeader);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("a expiré", (await CproClient.ReadJsonAsync(response)).GetProperty("libelle").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Call_WithARevokedAccount_Is401()
    {
        await app.WithDbAsync(async db =>
        {
            var account = await db.TechnicalAccounts.SingleAsync(a => a.Login == _client.Login);
            account.RevokedAtUtc = app.Clock.GetUtcNow().UtcDateTime;
            return await db.SaveChangesAsync();
        });

        using var response = await SendAsync(HttpMethod.Get, HealthCheck, _client.AccountHeader);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("révoqué", (await CproClient.ReadJsonAsync(response)).GetProperty("libelle").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TechnicalAccount_CannotSignInToThePortal()
    {
        var user = await app.WithDbAsync(db => db.Users.SingleAsync(u => u.Id == _client.UserId));

        Assert.Null(user.PasswordHash);
        Assert.False(user.EmailConfirmed);
    }

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? account)
    {
        using var request = new HttpRequestMessage(method, path);
        if (account is not null)
        {
            request.Headers.Add("cpro-account", account);
        }

        return await _client.Http.SendAsync(request);
    }

    private static FormUrlEncodedContent Form(string clientId, string secret) => new(new Dictionary<string, string>
    {
        ["grant_type"] = "client_credentials",
        ["client_id"] = clientId,
        ["client_secret"] = secret,
        ["scope"] = "openid",
    });
}
