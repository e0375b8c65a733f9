using System.Text.RegularExpressions;
using MimeKit;
using OpenChorus.Testing;

namespace OpenChorus.EndToEnd.Steps;

/// <summary>
/// Remembers the mails already received, so a step waits for the next one to an address rather than an older one:
/// <c>var mailbox = new Mailbox(server.Mail); …submit…; var mail = await mailbox.NextAsync(to);</c>
/// </summary>
public sealed partial class Mailbox(SmtpSink sink)
{
    private readonly HashSet<MimeMessage> _seen = new(sink.Messages, ReferenceEqualityComparer.Instance);

    public Task<MimeMessage> NextAsync(string to, int timeoutSeconds = 15) =>
        sink.WaitForAsync(to, m => !_seen.Contains(m), timeoutSeconds);

    /// <summary>The next new mail to the address with this subject (other mails, e.g. invoice notifications still
    /// leaving the outbox, are passed over).</summary>
    public Task<MimeMessage> NextAsync(string to, string subject, int timeoutSeconds = 15) =>
        sink.WaitForAsync(to, m => !_seen.Contains(m) && m.Subject == subject, timeoutSeconds);

    /// <summary>The first link in the mail, as sent (absolute).</summary>
    public static string LinkIn(MimeMessage mail)
    {
        var match = LinkPattern().Match(mail.TextBody ?? "");
        return match.Success ? match.Value : throw new InvalidOperationException($"No link in «{mail.Subject}»:\n{mail.TextBody}");
    }

    /// <summary>The first 6-digit code in the mail (e-mailed sign-in codes).</summary>
    public static string CodeIn(MimeMessage mail)
    {
        var match = CodePattern().Match(mail.TextBody ?? "");
        return match.Success ? match.Value : throw new InvalidOperationException($"No code in «{mail.Subject}»:\n{mail.TextBody}");
    }

    [GeneratedRegex(@"https?://[^\s<>""]+")]
    private static partial Regex LinkPattern();

    [GeneratedRegex(@"\b\d{6}\b")]
    private static partial Regex CodePattern();
}
