namespace OpenChorus.Formats.Model;

/// <summary>A preceding invoice reference (BG-3).</summary>
/// <param name="Number">Preceding invoice reference (BT-25).</param>
/// <param name="IssueDate">Preceding invoice issue date (BT-26).</param>
public sealed record PrecedingInvoice(string? Number, DateOnly? IssueDate);
