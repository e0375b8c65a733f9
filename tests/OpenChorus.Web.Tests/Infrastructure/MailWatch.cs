using System.Text.RegularExpressions;
using MimeKit;
using OpenChorus.Testing;

namespace OpenChorus.Web.Tests.Infrastructure;

/// <summary>
/// Remembers the mails already received, so a test waits for the next one to an address rather than an older one:
/// <c>var watch = new MailWatch(app.Mail); …submit…; var mail = await watch.NextAsync(to);</c>
/// </summary>
public sealed partial class MailWatch(SmtpSink sink)
{
    private readonly HashSet<MimeMessage> _seen = new(sink.Messages, ReferenceEqualityComparer.Instance);

    public Task<MimeMessage> NextAsync(string to, int timeoutSeconds = 15) =>
        sink.WaitForAsync(to, m => !_seen.Contains(m), timeoutSeconds);

    /// <summary>True when no new mail to <paramref name="to"/> arrives within <paramref name="seconds"/>.</summary>
    public async Task<bool> NoneWithinAsync(string to, double seconds = 1.5)
    {
        await Task.Delay(TimeSpan.FromSeconds(seconds));
        return !sink.Messages.Any(m => !_seen.Contains(m)
            && m.To.Mailboxes.Any(a => string.Equals(a.Address, to, StringComparison.OrdinalIgnoreCase)));
    }

    /// <summary>The path and query of the first link in the mail, ready for <see cref="PortalClient"/>.</summary>
    public static string LinkIn(MimeMessage mail)
    {
        var match = LinkPattern().Match(mail.TextBody ?? "");
        return match.Success
            ? new Uri(match.Value).PathAndQuery
            : throw new InvalidOperationException($"No link in «{mail.Subject}»:\n{mail.TextBody}");
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
