using OpenChorus.Formats.Validation;

namespace OpenChorus.Cli.Output;

/// <summary>One row per document: file, kind, profile, verdict, fatal rule ids and warning rule ids (';'-separated).</summary>
internal sealed class CsvReportWriter : ReportWriter
{
    public CsvReportWriter(TextWriter output)
        : base(output) => Output.WriteLine("file,kind,profile,verdict,fatal_rules,warning_rules");

    public override void Write(string path, ValidationReport report)
    {
        var warnings = report.Violations.Where(v => v.Severity == Severity.Warning).Select(v => v.RuleId)
            .Distinct().Order(StringComparer.Ordinal);
        string[] cells =
        [
            DocumentName(path, report), report.Detection.Kind.ToString(), report.Detection.Profile ?? "",
            VerdictText(report.Verdict), string.Join(';', report.FatalRuleIds), string.Join(';', warnings),
        ];
        Output.WriteLine(string.Join(',', cells.Select(Quote)));
    }

    private static string Quote(string cell) =>
        cell.AsSpan().IndexOfAny(",\"\n") >= 0 ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell;
}
