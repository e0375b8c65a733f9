using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OpenChorus.Web.Platform.Mail;

/// <summary>An e-mail written in the same transaction as the change it reports, sent afterwards by <see cref="MailDispatcher"/>.</summary>
public sealed class OutboxMail
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public required string To { get; init; }

    public required string Subject { get; init; }

    public required string TextBody { get; init; }

    public DateTime CreatedAtUtc { get; init; }

    public DateTime? SentAtUtc { get; set; }

    public int Attempts { get; set; }

    public DateTime NextAttemptAtUtc { get; set; }

    public string? LastError { get; set; }
}

internal sealed class OutboxMailConfiguration : IEntityTypeConfiguration<OutboxMail>
{
    public void Configure(EntityTypeBuilder<OutboxMail> builder)
    {
        builder.Property(m => m.To).HasMaxLength(320);
        builder.Property(m => m.Subject).HasMaxLength(300);
        builder.Property(m => m.LastError).HasMaxLength(2000);
        builder.HasIndex(m => new { m.SentAtUtc, m.NextAttemptAtUtc });
        builder.HasIndex(m => m.CreatedAtUtc);
    }
}
