namespace OpenChorus.Web.Features.Invoices;

public enum InvoiceFileKind
{
    /// <summary>The file the supplier deposited, or the UBL generated from a keyed-in invoice: the legal original.</summary>
    Original,

    /// <summary>The readable PDF generated from a structured original.</summary>
    Rendering,

    /// <summary>A pièce jointe added by the supplier (at deposit or when completing).</summary>
    Attachment,
}

/// <summary>A file of an invoice. Its bytes are in the document store under their SHA-256, which proves integrity.</summary>
public sealed class InvoiceFile
{
    public int Id { get; init; }

    public int InvoiceId { get; set; }

    public InvoiceFileKind Kind { get; init; }

    /// <summary>Name as the user gave it (at most 50 characters for an attachment).</summary>
    public required string FileName { get; init; }

    public required string ContentType { get; init; }

    public long Length { get; init; }

    /// <summary>Lower-case hexadecimal SHA-256 of the bytes: the key in the document store.</summary>
    public required string Sha256 { get; init; }

    public DateTime AddedAtUtc { get; init; }

    public Guid? AddedByUserId { get; init; }
}
