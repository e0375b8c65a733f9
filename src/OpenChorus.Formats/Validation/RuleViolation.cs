namespace OpenChorus.Formats.Validation;

/// <summary>One broken rule in a document.</summary>
/// <param name="RuleId">The rule identifier, e.g. BR-CO-10 or UBL-SR-48.</param>
/// <param name="Severity">Fatal (document rejected) or warning.</param>
/// <param name="BusinessTerm">The EN 16931 business term or group concerned (BT-106, BG-23…), when known.</param>
/// <param name="XPath">Where in the document, as an XPath.</param>
/// <param name="Line">The line in the source document (0 when unknown).</param>
/// <param name="MessageEn">What is wrong, in English.</param>
/// <param name="MessageFr">What is wrong, in French.</param>
public sealed record RuleViolation(
    string RuleId,
    Severity Severity,
    string? BusinessTerm,
    string XPath,
    int Line,
    string MessageEn,
    string MessageFr)
{
    /// <summary>The message in the requested language ("fr" or anything else for English).</summary>
    public string Message(string language) => language == "fr" ? MessageFr : MessageEn;
}
