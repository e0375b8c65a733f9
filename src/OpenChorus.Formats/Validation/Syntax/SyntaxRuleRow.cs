namespace OpenChorus.Formats.Validation.Syntax;

/// <summary>What a table-driven syntax rule tests on the paths below its context element.</summary>
internal enum SyntaxTest
{
    /// <summary>count(path) &lt;= limit (or = limit when exact).</summary>
    Count,

    /// <summary>not(path): the element or attribute must be absent.</summary>
    Absent,

    /// <summary>exists(path): the element or attribute must be present.</summary>
    Present,
}

/// <summary>One syntax rule of the official artefacts whose test is a plain count, absence or presence.</summary>
/// <param name="RuleId">UBL-SR/DT/CR or CII-SR/DT id.</param>
/// <param name="Cii">True for a CII rule, false for a UBL rule.</param>
/// <param name="Context">The schematron context: simple location paths joined by '|'.</param>
/// <param name="Test">The kind of test.</param>
/// <param name="Path">The tested path, relative to the context element (child steps, optionally ending in @attribute).</param>
/// <param name="Limit">The count limit of a <see cref="SyntaxTest.Count"/> test.</param>
/// <param name="Exact">True when the count must equal the limit.</param>
internal sealed record SyntaxRuleRow(string RuleId, bool Cii, string Context, SyntaxTest Test, string Path, int Limit, bool Exact);
