using OpenChorus.Web.Data;

namespace OpenChorus.Web.Platform.Mail;

/// <summary>Queues e-mails in the outbox of the current unit of work: they leave only if the caller's SaveChanges succeeds.</summary>
public sealed class Mailer(AppDbContext db, TimeProvider clock)
{
    public void Queue(string to, string subject, string textBody)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        db.OutboxMails.Add(new OutboxMail
        {
            To = to,
            Subject = subject,
            TextBody = textBody,
            CreatedAtUtc = now,
            NextAttemptAtUtc = now,
        });
    }
}
