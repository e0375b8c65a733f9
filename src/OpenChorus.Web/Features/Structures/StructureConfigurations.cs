using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OpenChorus.Web.Features.Structures;

internal sealed class StructureConfiguration : IEntityTypeConfiguration<Structure>
{
    public void Configure(EntityTypeBuilder<Structure> builder)
    {
        builder.Property(s => s.IdentifierType).HasConversion<string>().HasMaxLength(32);
        builder.Property(s => s.Identifier).HasMaxLength(18);
        builder.HasIndex(s => new { s.IdentifierType, s.Identifier }).IsUnique();
        builder.Property(s => s.CompanyName).HasMaxLength(200);
        builder.Property(s => s.CompanyNameKey).HasMaxLength(200);
        builder.HasIndex(s => s.CompanyNameKey);
        builder.Property(s => s.AddressLine).HasMaxLength(300);
        builder.Property(s => s.PostalCode).HasMaxLength(20);
        builder.Property(s => s.City).HasMaxLength(100);
        builder.Property(s => s.CountryCode).HasMaxLength(2);
        builder.Property(s => s.VatNumber).HasMaxLength(20);
        builder.Property(s => s.Email).HasMaxLength(320);
        builder.Property(s => s.Iban).HasMaxLength(34);
        builder.Property(s => s.Bic).HasMaxLength(11);
        builder.OwnsOne(s => s.Parameters);
        builder.HasMany(s => s.Services).WithOne(s => s.Structure).HasForeignKey(s => s.StructureId);
    }
}

internal sealed class ServiceConfiguration : IEntityTypeConfiguration<Service>
{
    public void Configure(EntityTypeBuilder<Service> builder)
    {
        builder.Property(s => s.Code).HasMaxLength(100);
        builder.Property(s => s.Name).HasMaxLength(200);
        builder.HasIndex(s => new { s.StructureId, s.Code }).IsUnique();
    }
}

internal sealed class MembershipConfiguration : IEntityTypeConfiguration<Membership>
{
    public void Configure(EntityTypeBuilder<Membership> builder)
    {
        builder.Property(m => m.Role).HasConversion<string>().HasMaxLength(32);
        builder.HasIndex(m => new { m.StructureId, m.UserId }).IsUnique();
        builder.HasIndex(m => m.UserId);
        builder.HasOne<Accounts.AppUser>().WithMany().HasForeignKey(m => m.UserId);
    }
}

internal sealed class StructureSpaceConfiguration : IEntityTypeConfiguration<StructureSpace>
{
    public void Configure(EntityTypeBuilder<StructureSpace> builder)
    {
        builder.Property(s => s.Space).HasConversion<string>().HasMaxLength(32);
        builder.HasIndex(s => new { s.StructureId, s.Space }).IsUnique();
        builder.HasOne(s => s.Structure).WithMany().HasForeignKey(s => s.StructureId);
    }
}

internal sealed class SubscriptionConfiguration : IEntityTypeConfiguration<Subscription>
{
    public void Configure(EntityTypeBuilder<Subscription> builder)
    {
        builder.Property(s => s.Space).HasConversion<string>().HasMaxLength(32);
        builder.Property(s => s.Mode).HasConversion<string>().HasMaxLength(16);
        builder.HasIndex(s => new { s.StructureId, s.UserId, s.Space }).IsUnique();
        builder.HasIndex(s => s.UserId);
        builder.HasOne(s => s.Structure).WithMany().HasForeignKey(s => s.StructureId);
        builder.HasOne<Accounts.AppUser>().WithMany().HasForeignKey(s => s.UserId);
    }
}

internal sealed class AttachmentRequestConfiguration : IEntityTypeConfiguration<AttachmentRequest>
{
    public void Configure(EntityTypeBuilder<AttachmentRequest> builder)
    {
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.RefusalReason).HasMaxLength(500);
        builder.HasIndex(r => new { r.StructureId, r.Status });
        builder.HasIndex(r => r.UserId);

        // One pending request per user and structure, even on a double submit (same filter syntax on both providers).
        builder.HasIndex(r => new { r.StructureId, r.UserId }).IsUnique().HasFilter(PendingFilter.Sql)
            .HasDatabaseName("IX_AttachmentRequests_OnePending");
        builder.HasOne<Accounts.AppUser>().WithMany().HasForeignKey(r => r.UserId);
    }
}

internal sealed class ManagerActionConfiguration : IEntityTypeConfiguration<ManagerAction>
{
    public void Configure(EntityTypeBuilder<ManagerAction> builder)
    {
        builder.Property(a => a.Action).HasMaxLength(100);
        builder.Property(a => a.Details).HasMaxLength(1000);
        builder.HasIndex(a => new { a.StructureId, a.AtUtc });
        builder.HasOne(a => a.Structure).WithMany().HasForeignKey(a => a.StructureId);
    }
}

internal sealed class SubscriptionRequestConfiguration : IEntityTypeConfiguration<SubscriptionRequest>
{
    public void Configure(EntityTypeBuilder<SubscriptionRequest> builder)
    {
        builder.Property(r => r.Space).HasConversion<string>().HasMaxLength(32);
        builder.Property(r => r.Mode).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.RefusalReason).HasMaxLength(500);
        builder.HasIndex(r => new { r.StructureId, r.Status });
        builder.HasIndex(r => new { r.StructureId, r.UserId, r.Space }).IsUnique().HasFilter(PendingFilter.Sql)
            .HasDatabaseName("IX_SubscriptionRequests_OnePending");
        builder.HasOne<Structure>().WithMany().HasForeignKey(r => r.StructureId);
        builder.HasOne<Accounts.AppUser>().WithMany().HasForeignKey(r => r.UserId);
    }
}

internal static class PendingFilter
{
    public const string Sql = "\"Status\" = 'Pending'";
}

internal sealed class ServiceRestrictionConfiguration : IEntityTypeConfiguration<ServiceRestriction>
{
    public void Configure(EntityTypeBuilder<ServiceRestriction> builder)
    {
        builder.HasIndex(r => new { r.StructureId, r.UserId, r.ServiceId }).IsUnique();
        builder.HasIndex(r => r.UserId);
        builder.HasOne<Structure>().WithMany().HasForeignKey(r => r.StructureId);
        builder.HasOne<Service>().WithMany().HasForeignKey(r => r.ServiceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Accounts.AppUser>().WithMany().HasForeignKey(r => r.UserId);
    }
}
