using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OpenChorus.Web.Features.Invoices;

internal sealed class InvoiceConfiguration : IEntityTypeConfiguration<Invoice>
{
    public void Configure(EntityTypeBuilder<Invoice> builder)
    {
        builder.Property(i => i.Number).HasMaxLength(Invoice.NumberMaxLength);
        builder.Property(i => i.Frame).HasConversion<string>().HasMaxLength(8);
        builder.Property(i => i.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(i => i.DepositMode).HasConversion<string>().HasMaxLength(16);
        builder.Property(i => i.Status).HasConversion<string>().HasMaxLength(40);
        builder.Property(i => i.EngagementNumber).HasMaxLength(Invoice.EngagementMaxLength);
        builder.Property(i => i.ContractNumber).HasMaxLength(50);
        builder.Property(i => i.Currency).HasMaxLength(3);
        builder.Property(i => i.Comment).HasMaxLength(Invoice.CommentMaxLength);
        builder.Property(i => i.PaymentMode).HasMaxLength(16);
        builder.Property(i => i.PaymentAccount).HasMaxLength(34);
        builder.Property(i => i.PrecedingInvoiceNumber).HasMaxLength(Invoice.PrecedingNumberMaxLength);
        builder.Property(i => i.MandateNumber).HasMaxLength(Invoice.MandateNumberMaxLength);
        builder.Property(i => i.SupplierName).HasMaxLength(200);
        foreach (var amount in new[] { nameof(Invoice.TotalExcludingVat), nameof(Invoice.TotalVat), nameof(Invoice.TotalIncludingVat), nameof(Invoice.AmountDue) })
        {
            builder.Property(amount).HasPrecision(19, 6);
        }

        builder.Property(i => i.Version).IsConcurrencyToken();

        // A number is unique per supplier and year of deposit; the portal's drafts count too, so two drafts cannot race to
        // one number. A PDF deposited through the API (INTERPRETEE_OCR) holds the number read, which may be missing or
        // taken: it takes no part until soumettre sends it (InvoiceNumbers checks the number then, the index refuses a race).
        builder.HasIndex(i => new { i.SupplierStructureId, i.NumberYear, i.Number }).IsUnique()
            .HasFilter($"\"Status\" <> '{nameof(InvoiceStatus.InterpreteeOcr)}'");
        // The API's supplier and validator searches (bench/OpenChorus.Portal.Benchmarks, ApiSearchBenchmarks): pages walk
        // the primary key backwards; counts with a status and an issue or deposit period read these indexes alone.
        builder.HasIndex(i => new { i.SupplierStructureId, i.Status, i.UpdatedAtUtc }).IncludeProperties(i => new { i.IssueDate, i.SentAtUtc });
        // Factures reçues on a large recipient (bench/OpenChorus.Portal.Benchmarks): lists walk the date index backwards
        // and stop after a page; counts with a status, period or amount filter read the status index alone.
        builder.HasIndex(i => new { i.RecipientStructureId, i.Status, i.MadeAvailableAtUtc })
            .IncludeProperties(i => new { i.AmountDueCents, i.RecipientServiceId, i.SupplierStructureId });
        builder.HasIndex(i => new { i.RecipientStructureId, i.MadeAvailableAtUtc, i.Id });
        builder.HasIndex(i => new { i.RecipientStructureId, i.RecipientServiceId, i.Status });
        builder.HasIndex(i => new { i.ValidatorStructureId, i.Status }).IncludeProperties(i => new { i.IssueDate, i.SentAtUtc });
        builder.HasIndex(i => new { i.Status, i.ValidationDeadlineUtc });

        builder.HasOne(i => i.SupplierStructure).WithMany().HasForeignKey(i => i.SupplierStructureId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(i => i.RecipientStructure).WithMany().HasForeignKey(i => i.RecipientStructureId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(i => i.ValidatorStructure).WithMany().HasForeignKey(i => i.ValidatorStructureId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(i => i.RecipientService).WithMany().HasForeignKey(i => i.RecipientServiceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Accounts.AppUser>().WithMany().HasForeignKey(i => i.CreatedByUserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(i => i.Events).WithOne().HasForeignKey(e => e.InvoiceId);
        builder.HasMany(i => i.Files).WithOne().HasForeignKey(f => f.InvoiceId);
    }
}

internal sealed class InvoiceEventConfiguration : IEntityTypeConfiguration<InvoiceEvent>
{
    public void Configure(EntityTypeBuilder<InvoiceEvent> builder)
    {
        builder.Property(e => e.Status).HasConversion<string>().HasMaxLength(40);
        builder.Property(e => e.Action).HasMaxLength(100);
        builder.Property(e => e.ActorName).HasMaxLength(200);
        builder.Property(e => e.Comment).HasMaxLength(Invoice.CommentMaxLength);
        builder.HasIndex(e => new { e.InvoiceId, e.AtUtc });
    }
}

internal sealed class InvoiceFileConfiguration : IEntityTypeConfiguration<InvoiceFile>
{
    public void Configure(EntityTypeBuilder<InvoiceFile> builder)
    {
        builder.Property(f => f.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(f => f.FileName).HasMaxLength(255);
        builder.Property(f => f.ContentType).HasMaxLength(100);
        builder.Property(f => f.Sha256).HasMaxLength(64);
        builder.HasIndex(f => f.InvoiceId);
    }
}
