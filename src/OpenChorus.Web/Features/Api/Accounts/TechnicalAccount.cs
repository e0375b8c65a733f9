using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenChorus.Web.Features.Structures;

namespace OpenChorus.Web.Features.Api.Accounts;

/// <summary>
/// Compte technique: the login an application gives in the <c>cpro-account</c> header of every Chorus Pro API call.
/// It acts for one structure through its own user (<see cref="UserId"/>, never able to sign in to the portal), attached
/// to the structure and subscribed to the spaces the gestionnaire principal chose, so the access service applies to it
/// exactly as to a person. Its password is generated, shown once, stored as a SHA-256 hash (it is random and long, so a
/// slow hash adds nothing) and expires after <see cref="PasswordLifetime"/>.
/// </summary>
public sealed class TechnicalAccount
{
    public static readonly TimeSpan PasswordLifetime = TimeSpan.FromDays(424);

    public int Id { get; init; }

    public int StructureId { get; init; }

    public Structure? Structure { get; init; }

    public Guid UserId { get; init; }

    /// <summary>TECH_{n}_{identifiant}@cpro.fr, as Chorus Pro names them.</summary>
    public required string Login { get; init; }

    public required byte[] PasswordHash { get; set; }

    public DateTime PasswordExpiresAtUtc { get; set; }

    public DateTime CreatedAtUtc { get; init; }

    public Guid CreatedByUserId { get; init; }

    public DateTime PasswordSetAtUtc { get; set; }

    /// <summary>Set when the gestionnaire principal revokes the account: it is refused from then on.</summary>
    public DateTime? RevokedAtUtc { get; set; }
}

internal sealed class TechnicalAccountConfiguration : IEntityTypeConfiguration<TechnicalAccount>
{
    public void Configure(EntityTypeBuilder<TechnicalAccount> builder)
    {
        builder.Property(a => a.Login).HasMaxLength(100);
        builder.HasIndex(a => a.Login).IsUnique();
        builder.HasIndex(a => a.UserId).IsUnique();
        builder.HasIndex(a => a.StructureId);
        builder.Property(a => a.PasswordHash).HasMaxLength(32);
    }
}
