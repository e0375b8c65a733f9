using System.Net;
using OpenChorus.Web.Tests.Infrastructure;

namespace OpenChorus.Web.Tests.Platform;

public sealed class HealthTests(TestApp app) : IClassFixture<TestApp>
{
    [Fact]
    public async Task Live_AppStarted_ReturnsHealthy()
    {
        using var client = app.CreateClient();
        var response = await client.GetAsync(new Uri("/health/live", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Ready_DatabaseMigrated_ReturnsHealthy()
    {
        using var client = app.CreateClient();
        var response = await client.GetAsync(new Uri("/health/ready", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task UnknownPage_ShowsFrenchNotFoundPage()
    {
        using var portal = app.CreatePortalClient();
        var page = await portal.GetAsync("/nulle-part", HttpStatusCode.NotFound);
        Assert.Contains("Page non trouvée", page.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
    }
}
