using System.ComponentModel.DataAnnotations;
using MailKit.Security;

namespace OpenChorus.Web.Platform.Mail;

/// <summary>Section "Mail": the sender, the SMTP relay, and the development mailbox.</summary>
public sealed class MailOptions
{
    public const string Section = "Mail";

    [Required, EmailAddress]
    public string FromAddress { get; set; } = "ne-pas-repondre@openchorus.localhost";

    [Required]
    public string FromName { get; set; } = "OpenChorus";

    public SmtpOptions Smtp { get; set; } = new();

    /// <summary>Keeps every outgoing mail readable at /dev/mail. Development only: never in production.</summary>
    public bool DevMailbox { get; set; }

    [Range(10, 60_000)]
    public int PollIntervalMilliseconds { get; set; } = 1000;

    [Range(1, 100)]
    public int MaxAttempts { get; set; } = 10;
}

public sealed class SmtpOptions
{
    /// <summary>SMTP relay; when empty, mails stay in the outbox (readable at /dev/mail in development).</summary>
    public string? Host { get; set; }

    [Range(1, 65535)]
    public int Port { get; set; } = 25;

    public SecureSocketOptions Security { get; set; } = SecureSocketOptions.Auto;

    public string? UserName { get; set; }

    public string? Password { get; set; }
}
