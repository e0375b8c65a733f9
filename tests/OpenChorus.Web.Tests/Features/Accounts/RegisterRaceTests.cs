using Microsoft.EntityFrameworkCore;
using OpenChorus.Web.Features.Accounts;
using OpenChorus.Web.Tests.Infrastructure;

namespace OpenChorus.Web.Tests.Features.Accounts;

public sealed class RegisterRaceTests(TestApp app) : IClassFixture<TestApp>
{
    private static Dictionary<string, string> Form(string email) => new()
    {
        ["Email"] = email,
        ["LastName"] = "Course",
        ["FirstName"] = "Léa",
        ["AcceptTerms"] = "true",
    };

    [Fact]
    public async Task Register_AddressRegisteredMeanwhile_GivesTheUsualAnswerAndKeepsOneAccount()
    {
        using var portal = app.CreatePortalClient();
        app.Race.BeforeNextSaveOf<AppUser>(() => app.CreateUserAsync("meme-adresse@example.org", active: false));

        await portal.SubmitAsync("/accounts/public/register", Form("meme-adresse@example.org"));

        Assert.Equal("/accounts/public/registered", portal.CurrentUrl!.AbsolutePath);
        Assert.Equal(1, await app.WithDbAsync(db => db.Users.CountAsync(u => u.NormalizedEmail == "MEME-ADRESSE@EXAMPLE.ORG")));
    }

    [Fact]
    public async Task Register_DoubleSubmit_CreatesOneAccount()
    {
        using var first = app.CreatePortalClient();
        using var second = app.CreatePortalClient();
        var pages = await Task.WhenAll(first.GetAsync("/accounts/public/register"), second.GetAsync("/accounts/public/register"));

        await Task.WhenAll(first.SubmitAsync(pages[0], Form("double-clic@example.org")), second.SubmitAsync(pages[1], Form("double-clic@example.org")));

        Assert.Equal("/accounts/public/registered", first.CurrentUrl!.AbsolutePath);
        Assert.Equal("/accounts/public/registered", second.CurrentUrl!.AbsolutePath);
        Assert.Equal(1, await app.WithDbAsync(db => db.Users.CountAsync(u => u.NormalizedEmail == "DOUBLE-CLIC@EXAMPLE.ORG")));
    }
}
