using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenChorus.Web.Features.Invoices;

namespace OpenChorus.Web.Features.Flux;

internal sealed class FluxDepotConfiguration : IEntityTypeConfiguration<FluxDepot>
{
    public void Configure(EntityTypeBuilder<FluxDepot> builder)
    {
        builder.Ignore(f => f.Number);
        builder.Property(f => f.Syntax).HasMaxLength(40);
        builder.Property(f => f.InterfaceCode).HasMaxLength(4);
        builder.Property(f => f.FileName).HasMaxLength(FluxDepot.FileNameMaxLength);
        builder.Property(f => f.Sha256).HasMaxLength(64);
        builder.Property(f => f.State).HasConversion(s => s.Code(), code => FluxStates.Parse(code)).HasMaxLength(40);
        builder.Property(f => f.ClaimedBy).HasMaxLength(100);
        builder.Property(f => f.Attempts).IsConcurrencyToken();

        // Processors look for IN_RECU flux and for expired leases in id order.
        builder.HasIndex(f => new { f.State, f.Id });
        builder.HasIndex(f => new { f.StructureId, f.ReceivedAtUtc });
        builder.HasOne<Structures.Structure>().WithMany().HasForeignKey(f => f.StructureId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Accounts.AppUser>().WithMany().HasForeignKey(f => f.DepositorUserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(f => f.InvoiceErrors).WithOne().HasForeignKey(e => e.FluxDepotId);
        builder.HasMany(f => f.TechnicalErrors).WithOne().HasForeignKey(e => e.FluxDepotId);

        // The invoices a flux created (Invoice.FluxDepotId): rechercher/fournisseur filters on numeroFluxDepot.
        builder.HasMany<Invoice>().WithOne().HasForeignKey(i => i.FluxDepotId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class FluxInvoiceErrorConfiguration : IEntityTypeConfiguration<FluxInvoiceError>
{
    public void Configure(EntityTypeBuilder<FluxInvoiceError> builder)
    {
        builder.Property(e => e.InvoiceNumber).HasMaxLength(255);
        builder.Property(e => e.SupplierIdentifier).HasMaxLength(20);
        builder.Property(e => e.RecipientIdentifier).HasMaxLength(20);
        builder.Property(e => e.Message).HasMaxLength(FluxInvoiceError.MessageMaxLength);
    }
}

internal sealed class FluxTechnicalErrorConfiguration : IEntityTypeConfiguration<FluxTechnicalError>
{
    public void Configure(EntityTypeBuilder<FluxTechnicalError> builder)
    {
        builder.Property(e => e.Code).HasMaxLength(40);
        builder.Property(e => e.Message).HasMaxLength(FluxInvoiceError.MessageMaxLength);
        builder.Property(e => e.Nature).HasMaxLength(20);
    }
}
