using Microsoft.EntityFrameworkCore;
using OpenChorus.Web.Tests.Infrastructure;

namespace OpenChorus.Web.Tests.Features.Accounts;

public sealed class ResendActivationTests(TestApp app) : IClassFixture<TestApp>
{
    [Fact]
    public async Task Resend_UnknownOrActivatedOrPendingAddress_GivesTheSameAnswerAndMailsOnlyThePending()
    {
        await AccountSteps.RegisterAndActivateAsync(app, "active@example.org");
        using var portal = app.CreatePortalClient();
        var watch = new MailWatch(app.Mail);
        await portal.SubmitAsync("/accounts/public/register", new Dictionary<string, string>
        {
            ["Email"] = "en.attente@example.org",
            ["LastName"] = "Attente",
            ["FirstName"] = "Léa",
            ["AcceptTerms"] = "true",
        });
        var firstLink = MailWatch.LinkIn(await watch.NextAsync("en.attente@example.org"));

        var resendWatch = new MailWatch(app.Mail);
        var answers = new List<string>();
        foreach (var email in new[] { "inconnu@example.org", "active@example.org", "en.attente@example.org" })
        {
            var page = await portal.SubmitAsync("/accounts/public/resendactivation", new Dictionary<string, string> { ["Email"] = email });
            answers.Add(page.QuerySelector("main")!.TextContent);
        }

        Assert.Single(answers.Distinct());
        Assert.Contains("Si un compte non activé correspond à cette adresse", answers[0], StringComparison.Ordinal);
        var newLink = MailWatch.LinkIn(await resendWatch.NextAsync("en.attente@example.org"));
        Assert.True(await resendWatch.NoneWithinAsync("inconnu@example.org", 0.5));
        Assert.False(await app.WithDbAsync(db => db.OutboxMails.AnyAsync(m => m.To == "inconnu@example.org")));
        Assert.True(await resendWatch.NoneWithinAsync("active@example.org", 0.5));
        var old = await portal.GetAsync(firstLink);
        Assert.Contains("n'est pas valable", old.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var current = await portal.GetAsync(newLink);
        Assert.NotNull(current.QuerySelector("input[name=Password]"));
    }
}
