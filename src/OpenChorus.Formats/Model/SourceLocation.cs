namespace OpenChorus.Formats.Model;

/// <summary>Where a piece of the model was read: an XPath in the source document and its line (0 when unknown).</summary>
public sealed record SourceLocation(string XPath, int Line)
{
    /// <summary>A location for content that was not read from a document (e.g. an invoice built in code).</summary>
    public static SourceLocation None { get; } = new("/", 0);
}
