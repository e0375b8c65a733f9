namespace OpenChorus.Formats.Model;

/// <summary>An invoice note (BG-1).</summary>
/// <param name="SubjectCode">Invoice note subject code, UNTDID 4451 (BT-21).</param>
/// <param name="Text">Invoice note (BT-22).</param>
public sealed record Note(string? SubjectCode, string Text);
