namespace OpenChorus.Formats.Model;

/// <summary>An identifier with its optional identification scheme (e.g. BT-29 seller identifier and its scheme).</summary>
/// <param name="Value">The identifier itself.</param>
/// <param name="SchemeId">The scheme identifier (ISO 6523 ICD, EAS, UNTDID 1153…), when given.</param>
/// <param name="SchemeVersionId">The scheme version, when given (only item classifications carry one: BT-158-2).</param>
public sealed record Identifier(string Value, string? SchemeId = null, string? SchemeVersionId = null);
