namespace OpenChorus.Formats.Validation;

/// <summary>The outcome for one document.</summary>
public enum Verdict
{
    /// <summary>An EN 16931 invoice with no fatal violation.</summary>
    Valid,

    /// <summary>An EN 16931 invoice with at least one fatal violation.</summary>
    Invalid,

    /// <summary>The file could not be read as an invoice (not well-formed, unknown, broken PDF).</summary>
    Unreadable,

    /// <summary>A readable document that is not an EN 16931 invoice (plain PDF, Order-X, ZUGFeRD 1.0, archive).</summary>
    NotAnInvoice,
}
