namespace OpenChorus.Formats.Conformance;

/// <summary>
/// One officially valid corpus document written back in its own syntax and in the other, then read again: the
/// model differences and the fatal rules our validator finds on each written document.
/// </summary>
/// <param name="File">The corpus file (with #embedded.xml for a Factur-X PDF).</param>
/// <param name="SourceSyntax">"ubl" or "cii".</param>
/// <param name="Own">The document written in its own syntax.</param>
/// <param name="Cross">The document written in the other syntax.</param>
internal sealed record RoundTripCase(string File, string SourceSyntax, WrittenCopy Own, WrittenCopy Cross)
{
    /// <summary>The first reason the case fails, or null when both copies read back equal and valid.</summary>
    public string? Failure => Own.Failure is { } own ? "own syntax: " + own : Cross.Failure is { } cross ? "cross syntax: " + cross : null;
}

/// <summary>A written copy of a corpus document.</summary>
/// <param name="Syntax">"ubl" or "cii".</param>
/// <param name="Xml">The written bytes.</param>
/// <param name="Differences">Where the model read back differs from the source's.</param>
/// <param name="FatalRules">Fatal rules our validator finds on the written XML.</param>
/// <param name="Losses">The terms the writer reported it could not carry.</param>
internal sealed record WrittenCopy(
    string Syntax, byte[] Xml, IReadOnlyList<string> Differences, IReadOnlyList<string> FatalRules, IReadOnlyList<string> Losses)
{
    public string? Failure => Differences.Count > 0
        ? "model differs at " + string.Join("; ", Differences.Take(3))
        : FatalRules.Count > 0 ? "our validator rejects it: " + string.Join(", ", FatalRules) : null;
}
