using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenChorus.Web.Data;
using OpenChorus.Web.Features.Accounts;
using OpenChorus.Web.Tests.Infrastructure;

namespace OpenChorus.Web.Tests.Features.Accounts;

/// <summary><see cref="ActivationLinks"/> as other features call it (a manager resending a user's link).</summary>
public sealed class ActivationLinksTests
{
    [Fact]
    public async Task SendAsync_OutsideARequest_MailsANewLinkOnThePublicAddress()
    {
        await using var app = new TestApp { Settings = { ["Accounts:PublicBaseUrl"] = "https://openchorus.example.org" } };
        using var portal = app.CreatePortalClient();
        var watch = new MailWatch(app.Mail);
        await portal.SubmitAsync("/accounts/public/register", new Dictionary<string, string>
        {
            ["Email"] = "relance@example.org",
            ["LastName"] = "Relance",
            ["FirstName"] = "Paul",
            ["AcceptTerms"] = "true",
        });
        await watch.NextAsync("relance@example.org");
        app.Clock.Advance(TimeSpan.FromHours(2));

        var resendWatch = new MailWatch(app.Mail);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var user = await db.Users.SingleAsync(u => u.Email == "relance@example.org", TestContext.Current.CancellationToken);
            Assert.True(await scope.ServiceProvider.GetRequiredService<ActivationLinks>().SendAsync(user, TestContext.Current.CancellationToken));
        }

        var mail = await resendWatch.NextAsync("relance@example.org");
        Assert.Contains("https://openchorus.example.org/accounts/public/activate?", mail.TextBody, StringComparison.Ordinal);
        var page = await portal.GetAsync(MailWatch.LinkIn(mail));
        Assert.NotNull(page.QuerySelector("input[name=Password]"));
    }

    [Fact]
    public async Task SendAsync_ActivatedAccount_SendsNothing()
    {
        await using var app = new TestApp();
        await AccountSteps.RegisterAndActivateAsync(app, "deja.active@example.org");

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var user = await db.Users.SingleAsync(u => u.Email == "deja.active@example.org", TestContext.Current.CancellationToken);

        Assert.False(await scope.ServiceProvider.GetRequiredService<ActivationLinks>().SendAsync(user, TestContext.Current.CancellationToken));
    }
}
