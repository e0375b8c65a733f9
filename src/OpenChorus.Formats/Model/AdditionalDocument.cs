namespace OpenChorus.Formats.Model;

/// <summary>An additional supporting document (BG-24).</summary>
public sealed record AdditionalDocument
{
    /// <summary>Supporting document reference (BT-122).</summary>
    public string? Id { get; init; }

    /// <summary>Supporting document description (BT-123).</summary>
    public string? Description { get; init; }

    /// <summary>External document location (BT-124).</summary>
    public string? ExternalUri { get; init; }

    /// <summary>
    /// Attached document (BT-125): the binary content, decoded from base64; null when nothing is attached or the
    /// base64 could not be decoded.
    /// </summary>
    public byte[]? AttachmentContent { get; init; }

    /// <summary>Attached document MIME code (BT-125-1), when a document is attached (BT-125).</summary>
    public string? AttachmentMimeCode { get; init; }

    /// <summary>Attached document file name (BT-125-2).</summary>
    public string? AttachmentFileName { get; init; }

    /// <summary>Value equality, the attached content compared byte by byte.</summary>
    public bool Equals(AdditionalDocument? other) =>
        other is not null && Id == other.Id && Description == other.Description && ExternalUri == other.ExternalUri &&
        AttachmentMimeCode == other.AttachmentMimeCode && AttachmentFileName == other.AttachmentFileName &&
        (AttachmentContent ?? []).AsSpan().SequenceEqual(other.AttachmentContent ?? []) &&
        (AttachmentContent is null) == (other.AttachmentContent is null);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Id, Description, ExternalUri, AttachmentMimeCode, AttachmentFileName, AttachmentContent?.Length);
}
