using System.Globalization;
using OpenChorus.Formats.Validation;

namespace OpenChorus.Cli.Output;

/// <summary>Human-readable report: verdict per document, then each violation with its place and message.</summary>
internal sealed class TextReportWriter(string language, TextWriter output) : ReportWriter(output)
{
    private readonly Dictionary<Verdict, int> _counts = [];

    public override void Write(string path, ValidationReport report)
    {
        _counts[report.Verdict] = _counts.GetValueOrDefault(report.Verdict) + 1;
        var fatal = report.Violations.Count(v => v.Severity == Severity.Fatal);
        var warnings = report.Violations.Count - fatal;
        Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{DocumentName(path, report)}: {VerdictText(report.Verdict).ToUpperInvariant()} ({report.Detection.Kind}{Profile(report)}; {fatal} fatal, {warnings} warning(s))"));
        if (report.Verdict is Verdict.Unreadable or Verdict.NotAnInvoice)
        {
            Output.WriteLine("  " + report.Detection.Reason);
        }

        foreach (var violation in report.Violations)
        {
            var severity = violation.Severity == Severity.Fatal ? "fatal  " : "warning";
            var term = violation.BusinessTerm is null ? "" : " " + violation.BusinessTerm;
            Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {severity} {violation.RuleId}{term} line {violation.Line} {violation.XPath}"));
            Output.WriteLine("          " + violation.Message(language));
        }
    }

    public override void Complete()
    {
        if (_counts.Values.Sum() > 1)
        {
            Output.WriteLine(string.Join(", ", _counts.OrderBy(c => c.Key).Select(c =>
                string.Create(CultureInfo.InvariantCulture, $"{c.Value} {VerdictText(c.Key)}"))));
        }
    }

    private static string Profile(ValidationReport report) =>
        report.Detection.Profile is { } profile ? ", " + profile : "";
}
