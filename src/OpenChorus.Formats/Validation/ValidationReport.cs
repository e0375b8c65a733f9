using OpenChorus.Formats.Detection;
using OpenChorus.Formats.Model;

namespace OpenChorus.Formats.Validation;

/// <summary>What was found in one document: its kind, the invoice read from it and the rules it breaks.</summary>
/// <param name="Detection">What the document is and why.</param>
/// <param name="Invoice">The invoice, when one could be read.</param>
/// <param name="Violations">Every broken rule, fatal ones and warnings.</param>
public sealed record ValidationReport(DetectionResult Detection, Invoice? Invoice, IReadOnlyList<RuleViolation> Violations)
{
    /// <summary>The verdict: valid, invalid, unreadable or not an invoice.</summary>
    public Verdict Verdict => Detection.Kind switch
    {
        DocumentKind.NotWellFormedXml or DocumentKind.Unknown => Verdict.Unreadable,
        _ when Invoice is null => Verdict.NotAnInvoice,
        _ => Violations.Any(v => v.Severity == Severity.Fatal) ? Verdict.Invalid : Verdict.Valid,
    };

    /// <summary>The distinct ids of the fatal rules broken, sorted.</summary>
    public IReadOnlyList<string> FatalRuleIds => Violations.Where(v => v.Severity == Severity.Fatal)
        .Select(v => v.RuleId).Distinct().Order(StringComparer.Ordinal).ToList();
}
