using System.Net;
using OpenChorus.Web.Tests.Infrastructure;

namespace OpenChorus.Web.Tests.Features.Spaces;

public sealed class SpaceLandingTests(TestApp app) : IClassFixture<TestApp>
{
    [Fact]
    public async Task Get_UnknownSpace_Returns404()
    {
        var (portal, _) = await app.NewSignedInUserAsync("inconnu@example.org");

        await portal.GetAsync("/spaces/nulle-part", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Get_SpaceUserDoesNotHave_Returns403()
    {
        var (portal, userId) = await app.NewSignedInUserAsync("sans-espace@example.org");
        await app.CreateStructureAsync(userId, "Sans Reçues SA");

        var page = await portal.GetAsync("/spaces/factures-recues", HttpStatusCode.Forbidden);

        Assert.Contains("Accès refusé", page.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_SpaceOfMyStructures_ListsOnlyMineWithMode()
    {
        var (portal, userId) = await app.NewSignedInUserAsync("deux-structures@example.org");
        await app.CreateStructureAsync(userId, "Première Structure");
        await app.CreateStructureAsync(userId, "Seconde Structure");
        await app.CreateStructureAsync(await app.CreateUserAsync("autre@example.org"), "Structure D'autrui");

        var table = (await portal.GetAsync("/spaces/factures-emises")).QuerySelector("main table")!.TextContent;

        Assert.Contains("Première Structure", table, StringComparison.Ordinal);
        Assert.Contains("Seconde Structure", table, StringComparison.Ordinal);
        Assert.DoesNotContain("Structure D'autrui", table, StringComparison.Ordinal);
        Assert.Contains("Modification", table, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_AnonymousVisitor_IsSentToLogin()
    {
        using var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await client.GetAsync(new Uri("/spaces/factures-emises", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/accounts/public/login", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }
}
