namespace OpenChorus.Formats.Model;

/// <summary>An identifier with its optional identification scheme (e.g. BT-29 seller identifier and its scheme).</summary>
/// <param name="Value">The identifier itself.</param>
/// <param name="SchemeId">The scheme identifier (ISO 6523 ICD, EAS, UNTDID 1153…), when given.</param>
public sealed record Identifier(string Value, string? SchemeId = null);
