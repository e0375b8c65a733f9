using MailKit.Net.Smtp;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MimeKit;
using OpenChorus.Web.Data;

namespace OpenChorus.Web.Platform.Mail;

/// <summary>Sends what the outbox holds through SMTP, retrying with a growing delay when the relay fails.</summary>
public sealed partial class MailDispatcher(
    IServiceScopeFactory scopes,
    IOptions<MailOptions> options,
    TimeProvider clock,
    ILogger<MailDispatcher> logger) : BackgroundService
{
    private const int BatchSize = 50;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        var host = settings.Smtp.Host;
        if (string.IsNullOrWhiteSpace(host))
        {
            LogNoRelay(logger);
            return;
        }

        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(settings.PollIntervalMilliseconds));
        do
        {
            try
            {
                await SendPendingAsync(settings, host, stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogBatchFailed(logger, ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private async Task SendPendingAsync(MailOptions settings, string host, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var now = clock.GetUtcNow().UtcDateTime;
        var pending = await db.OutboxMails
            .Where(m => m.SentAtUtc == null && m.NextAttemptAtUtc <= now && m.Attempts < settings.MaxAttempts)
            .OrderBy(m => m.CreatedAtUtc)
            .Take(BatchSize)
            .ToListAsync(cancellationToken);
        if (pending.Count == 0)
        {
            return;
        }

        using var client = new SmtpClient();
        await client.ConnectAsync(host, settings.Smtp.Port, settings.Smtp.Security, cancellationToken);
        if (!string.IsNullOrEmpty(settings.Smtp.UserName))
        {
            await client.AuthenticateAsync(settings.Smtp.UserName, settings.Smtp.Password ?? "", cancellationToken);
        }

        foreach (var mail in pending)
        {
            await SendOneAsync(client, settings, mail, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }

        await client.DisconnectAsync(quit: true, cancellationToken);
    }

    private async Task SendOneAsync(SmtpClient client, MailOptions settings, OutboxMail mail, CancellationToken cancellationToken)
    {
        mail.Attempts++;
        try
        {
            var message = new MimeMessage();
            message.From.Add(new MailboxAddress(settings.FromName, settings.FromAddress));
            message.To.Add(MailboxAddress.Parse(mail.To));
            message.Subject = mail.Subject;
            message.Body = new TextPart("plain") { Text = mail.TextBody };
            await client.SendAsync(message, cancellationToken);
            mail.SentAtUtc = clock.GetUtcNow().UtcDateTime;
            mail.LastError = null;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            mail.LastError = ex.Message.Length > 2000 ? ex.Message[..2000] : ex.Message;
            mail.NextAttemptAtUtc = clock.GetUtcNow().UtcDateTime.AddSeconds(Math.Pow(2, mail.Attempts));
            LogSendFailed(logger, mail.Id, mail.Attempts, ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "No SMTP relay configured (Mail:Smtp:Host): e-mails stay in the outbox.")]
    private static partial void LogNoRelay(ILogger logger);

    [LoggerMessage(Level = LogLevel.Error, Message = "Sending the outbox failed")]
    private static partial void LogBatchFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "E-mail {MailId} could not be sent (attempt {Attempt})")]
    private static partial void LogSendFailed(ILogger logger, Guid mailId, int attempt, Exception exception);
}
