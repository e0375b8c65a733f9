using Microsoft.Extensions.DependencyInjection;
using OpenChorus.Web.Data;
using OpenChorus.Web.Platform.Mail;
using OpenChorus.Web.Tests.Infrastructure;

namespace OpenChorus.Web.Tests.Platform;

public sealed class MailTests(TestApp app) : IClassFixture<TestApp>
{
    [Fact]
    public async Task Queue_Saved_IsDeliveredBySmtpAndMarkedSent()
    {
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var mailer = scope.ServiceProvider.GetRequiredService<Mailer>();
            mailer.Queue("destinataire@example.org", "Objet de test", "Bonjour, ceci est un test.");
            await scope.ServiceProvider.GetRequiredService<AppDbContext>().SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        var received = await app.Mail.WaitForAsync("destinataire@example.org");

        Assert.Equal("Objet de test", received.Subject);
        Assert.Contains("ceci est un test", received.TextBody, StringComparison.Ordinal);
        await WaitUntilAsync(() => app.WithDbAsync(db => Task.FromResult(db.OutboxMails.All(m => m.SentAtUtc != null))));
    }

    [Fact]
    public async Task Queue_NotSaved_IsNeverSent()
    {
        await using (var scope = app.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<Mailer>().Queue("jamais@example.org", "Perdu", "Rien");
        }

        await app.Mail.WaitForAsync("temoin@example.org", timeoutSeconds: 1).ContinueWith(_ => { }, TaskScheduler.Default);
        Assert.DoesNotContain(app.Mail.Messages, m => m.To.ToString().Contains("jamais@example.org", StringComparison.Ordinal));
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        for (var i = 0; i < 100 && !await condition(); i++)
        {
            await Task.Delay(50);
        }

        Assert.True(await condition());
    }
}
