using System.Net;
using Microsoft.EntityFrameworkCore;
using OpenChorus.Web.Tests.Infrastructure;

namespace OpenChorus.Web.Tests.Features.Accounts;

/// <summary>Posts to the anonymous pages that check passwords or send e-mail are limited per client address.</summary>
public sealed class RateLimitTests
{
    private const int Limit = 3;

    private static TestApp LimitedApp() => new() { Settings = { ["Accounts:RateLimit:PermitLimit"] = $"{Limit}", ["Accounts:RateLimit:WindowSeconds"] = "600" } };

    [Fact]
    public async Task Login_OneAttemptOverTheLimit_Gets429WithAFrenchMessage()
    {
        await using var app = LimitedApp();
        using var portal = app.CreatePortalClient();
        var form = new Dictionary<string, string> { ["Email"] = "devine@example.org", ["Password"] = "Mauvais-Mot-2026" };
        for (var i = 0; i < Limit; i++)
        {
            await portal.SubmitAsync("/accounts/public/login", form);
        }

        var refused = await portal.SubmitAsync("/accounts/public/login", form, expected: HttpStatusCode.TooManyRequests);

        Assert.Equal("Trop de tentatives", refused.QuerySelector("main h1")!.TextContent);
        Assert.Contains("Patientez une minute, puis réessayez.", refused.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        await portal.GetAsync("/accounts/public/login");
    }

    [Fact]
    public async Task ForgotPasswordAndResend_OverTheLimit_AreRefusedAndSendNothingMore()
    {
        await using var app = LimitedApp();
        await app.CreateUserAsync("boite@example.org");
        using var portal = app.CreatePortalClient();
        var form = new Dictionary<string, string> { ["Email"] = "boite@example.org" };
        for (var i = 0; i < Limit; i++)
        {
            await portal.SubmitAsync("/accounts/public/forgotpassword", form);
        }

        await portal.SubmitAsync("/accounts/public/forgotpassword", form, expected: HttpStatusCode.TooManyRequests);
        await portal.SubmitAsync("/accounts/public/resendactivation", form, expected: HttpStatusCode.TooManyRequests);
        await portal.SubmitAsync("/accounts/public/register", new Dictionary<string, string> { ["Email"] = "boite@example.org", ["LastName"] = "B", ["FirstName"] = "B", ["AcceptTerms"] = "true" }, expected: HttpStatusCode.TooManyRequests);

        Assert.Equal(Limit, await app.WithDbAsync(db => db.OutboxMails.CountAsync(m => m.To == "boite@example.org")));
    }
}
