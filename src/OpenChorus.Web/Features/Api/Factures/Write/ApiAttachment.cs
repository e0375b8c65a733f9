using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OpenChorus.Web.Features.Api.Factures.Write;

/// <summary>
/// A file a technical account sent with <c>transverses/v1/ajouter/fichier</c> or <c>factures/v1/deposer/pdf</c>, held
/// for its structure until soumettre or completer names it (<c>pieceJointeId</c>). The bytes are in the document store
/// under <see cref="Sha256"/>; naming the file again copies it onto the invoice, so this row is only a handle. A PDF
/// sent with deposer/pdf also names the INTERPRETEE_OCR invoice it made (<see cref="InvoiceId"/>), which soumettre sends.
/// </summary>
public sealed class ApiAttachment
{
    public int Id { get; init; }

    /// <summary>The structure the file belongs to: only its technical accounts may use it.</summary>
    public int StructureId { get; init; }

    public Guid UserId { get; init; }

    /// <summary>Name with its extension, at most 50 characters.</summary>
    public required string FileName { get; init; }

    public required string ContentType { get; init; }

    public long Length { get; init; }

    public required string Sha256 { get; init; }

    public DateTime CreatedAtUtc { get; init; }

    /// <summary>The invoice deposer/pdf made of this PDF (<see cref="OcrDraft"/>); null for ajouter/fichier. Deleting
    /// that draft deletes this handle.</summary>
    public int? InvoiceId { get; init; }

    public Invoices.Invoice? Invoice { get; set; }
}

internal sealed class ApiAttachmentConfiguration : IEntityTypeConfiguration<ApiAttachment>
{
    public void Configure(EntityTypeBuilder<ApiAttachment> builder)
    {
        builder.ToTable("ApiAttachments");
        builder.Property(a => a.FileName).HasMaxLength(255);
        builder.Property(a => a.ContentType).HasMaxLength(100);
        builder.Property(a => a.Sha256).HasMaxLength(64);
        builder.HasIndex(a => a.StructureId);
        builder.HasOne(a => a.Invoice).WithMany().HasForeignKey(a => a.InvoiceId).OnDelete(DeleteBehavior.Cascade);
    }
}
