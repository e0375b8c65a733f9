using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.EntityFrameworkCore;
using OpenChorus.Web.Features.Structures;
using OpenChorus.Web.Tests.Infrastructure;

namespace OpenChorus.Web.Tests.Features.Api;

/// <summary>"Raccordements › Comptes techniques" and "Applications raccordées": what the gestionnaire principal and the
/// platform administrator do in the portal so that an ERP can call the API.</summary>
public sealed class TechnicalAccountPagesTests(TestApp app) : IClassFixture<TestApp>, IAsyncLifetime
{
    private string _suffix = "";
    private int _structure;
    private PortalClient _principal = null!;
    private string Page => $"/structures/manage/{_structure}/raccordements/comptes-techniques";

    public async ValueTask InitializeAsync()
    {
        _suffix = Guid.NewGuid().ToString("N")[..8];
        (_principal, var principalId) = await app.NewSignedInUserAsync($"gp-{_suffix}@example.org");
        _structure = await app.CreateStructureAsync(principalId, $"Éditeur {_suffix}");
        await app.GrantAsync(_structure, principalId, Space.FacturesRecues);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task Principal_CreatesATechnicalAccount_ThePasswordIsShownOnceAndOpensTheApi()
    {
        var page = await _principal.SubmitAsync(Page, new Dictionary<string, string>
        {
            [$"spaces[{Space.FacturesEmises}]"] = nameof(AccessMode.Modification),
        }, "#create-technical-account");

        var login = page.QuerySelector("#issued-login")!.TextContent;
        var password = page.QuerySelector("#issued-password")!.TextContent;
        Assert.Matches(@"^TECH_1_\d{14}@cpro\.fr$", login);
        Assert.Equal(24, password.Length);
        Assert.DoesNotContain(password, (await _principal.GetAsync(Page)).Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, await HealthCheckAsync(login, password));
        var subscription = await app.WithDbAsync(db => db.Subscriptions
            .Where(s => s.StructureId == _structure && db.TechnicalAccounts.Any(a => a.Login == login && a.UserId == s.UserId))
            .Select(s => new { s.Space, s.Mode }).SingleAsync());
        Assert.Equal((Space.FacturesEmises, AccessMode.Modification), (subscription.Space, subscription.Mode));
    }

    [Fact]
    public async Task Principal_WithoutChoosingASpace_IsToldWhatIsMissing()
    {
        var page = await _principal.SubmitAsync(Page, new Dictionary<string, string>(), "#create-technical-account");

        Assert.Contains("Choisissez au moins un espace", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("#issued-password"));
    }

    [Fact]
    public async Task NewPassword_ReplacesTheOldOne_AndRevocationClosesTheAccount()
    {
        var created = await _principal.SubmitAsync(Page, new Dictionary<string, string>
        {
            [$"spaces[{Space.FacturesRecues}]"] = nameof(AccessMode.Consultation),
        }, "#create-technical-account");
        var login = created.QuerySelector("#issued-login")!.TextContent;
        var oldPassword = created.QuerySelector("#issued-password")!.TextContent;

        var renewed = await _principal.SubmitAsync(Page, new Dictionary<string, string>(), "main table form[action*=Password]");
        var newPassword = renewed.QuerySelector("#issued-password")!.TextContent;

        Assert.Equal(HttpStatusCode.Unauthorized, await HealthCheckAsync(login, oldPassword));
        Assert.Equal(HttpStatusCode.OK, await HealthCheckAsync(login, newPassword));

        await _principal.SubmitAsync(Page, new Dictionary<string, string>(), "main table form[action*=Revoke]");

        Assert.Equal(HttpStatusCode.Unauthorized, await HealthCheckAsync(login, newPassword));
        Assert.Contains("Révoqué", (await _principal.GetAsync(Page)).Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SecondaryManager_SeesTheAccountsButCannotCreateOne()
    {
        var (secondary, secondaryId) = await app.NewSignedInUserAsync($"gs-{_suffix}@example.org");
        await app.AddMemberAsync(_structure, secondaryId, StructureRole.SecondaryManager);

        var page = await secondary.GetAsync(Page);
        Assert.Null(page.QuerySelector("#create-technical-account"));
        Assert.Contains("Seul le gestionnaire principal", page.Body!.TextContent, StringComparison.Ordinal);

        await secondary.PostAsync($"{Page}?handler=Create", new Dictionary<string, string> { [$"spaces[{Space.FacturesEmises}]"] = "Modification" },
            HttpStatusCode.NotFound);
        Assert.Equal(0, await app.WithDbAsync(db => db.TechnicalAccounts.CountAsync(a => a.StructureId == _structure)));
    }

    [Fact]
    public async Task OtherUser_GetsNotFound()
    {
        var (stranger, _) = await app.NewSignedInUserAsync($"autre-{_suffix}@example.org");

        await stranger.GetAsync(Page, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Administrator_RegistersAnApplication_WhoseSecretGetsATokenOnce()
    {
        var (admin, _) = await app.NewSignedInUserAsync($"admin-{_suffix}@example.org", administrator: true);

        var page = await admin.SubmitAsync("/administration/applications-api", new Dictionary<string, string> { ["Name"] = "ERP Sage" }, "#create-client");

        var clientId = page.QuerySelector("#client-id")!.TextContent;
        var secret = page.QuerySelector("#client-secret")!.TextContent;
        using var http = app.CreateClient();
        using var token = await http.PostAsync("/api/oauth/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = clientId,
            ["client_secret"] = secret,
            ["scope"] = "openid",
        }), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, token.StatusCode);
        Assert.DoesNotContain(secret, (await admin.GetAsync("/administration/applications-api")).Body!.TextContent, StringComparison.Ordinal);
        await _principal.GetAsync("/administration/applications-api", HttpStatusCode.Forbidden);
    }

    private async Task<HttpStatusCode> HealthCheckAsync(string login, string password)
    {
        using var http = app.CreateClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await CproClient.TokenAsync(app, http));
        using var request = new HttpRequestMessage(HttpMethod.Get, "/cpro/transverses/v1/health-check");
        request.Headers.Add("cpro-account", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{login}:{password}")));
        using var response = await http.SendAsync(request, TestContext.Current.CancellationToken);
        return response.StatusCode;
    }
}
