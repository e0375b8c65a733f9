using System.Diagnostics;
using OpenChorus.Formats.Validation;

namespace OpenChorus.Formats.Conformance;

/// <summary>Validates every document of verdicts.csv and every case of unit/expectations.tsv once, for all the tests.</summary>
internal sealed class ConformanceRun
{
    private const string AbortedMarker = "official XSLT aborted";
    private const string RuntimeErrorRule = "SCHEMATRON-RUNTIME-ERROR";

    private ConformanceRun(List<DocumentComparison> documents, List<UnitCase> unitCases, TimeSpan elapsed)
    {
        Documents = documents;
        UnitCases = unitCases;
        Elapsed = elapsed;
    }

    public IReadOnlyList<DocumentComparison> Documents { get; }

    public IReadOnlyList<UnitCase> UnitCases { get; }

    public TimeSpan Elapsed { get; }

    public static ConformanceRun Execute(string corpus)
    {
        var clock = Stopwatch.StartNew();
        var reports = new Dictionary<string, ValidationReport>(StringComparer.Ordinal);
        ValidationReport ReportFor(string relativePath) => reports.TryGetValue(relativePath, out var cached)
            ? cached
            : reports[relativePath] = InvoiceValidator.Validate(File.ReadAllBytes(Path.Combine(corpus, relativePath)));

        var documents = Csv.ReadCsv(Path.Combine(corpus, "verdicts.csv"))
            .Select(row => Compare(row, ReportFor(row["file"].Split('#')[0]))).ToList();
        var unitCases = Csv.ReadTsv(Path.Combine(corpus, "unit", "expectations.tsv"))
            .Select(row => UnitCase.Check(row, ReportFor(Path.Combine("unit", row["rel_path"])))).ToList();
        return new ConformanceRun(documents, unitCases, clock.Elapsed);
    }

    private static DocumentComparison Compare(Dictionary<string, string> row, ValidationReport report)
    {
        var official = row["valid_xsd_and_sch"] switch
        {
            "true" => "valid",
            "false" => "invalid",
            _ => "n/a",
        };
        var ours = report.Verdict switch
        {
            Verdict.Valid => "valid",
            Verdict.Invalid or Verdict.Unreadable => "invalid",
            Verdict.NotAnInvoice => "n/a",
        };
        var officialFatal = row["fatal_rules"].Split(';', StringSplitOptions.RemoveEmptyEntries)
            .Where(r => r != RuntimeErrorRule).ToHashSet(StringComparer.Ordinal);
        // The XSD checks are in the official verdict (xsd_valid), not in its schematron rule set.
        var ourFatal = report.FatalRuleIds.Where(r => !IsXsdRule(r)).ToHashSet(StringComparer.Ordinal);
        var embedded = row["file"].Contains('#', StringComparison.Ordinal) ? row["file"].Split('#')[1] : null;
        if (embedded is not null && report.Detection.EmbeddedFileName != embedded)
        {
            ours = "other embedded file: " + report.Detection.EmbeddedFileName;
        }

        var officialXsd = row["xsd_valid"] switch
        {
            "true" => true,
            "false" => (bool?)false,
            _ => null,
        };
        var ourXsd = report.FatalRuleIds.Any(r => IsXsdRule(r) || r == "XML-NOT-WELL-FORMED");
        return new DocumentComparison(row["file"], official, ours, officialFatal, ourFatal, KnownDifference(row), officialXsd, ourXsd);
    }

    /// <summary>Our XSD-level rules: the data type checks (XSD-*) and the structural ones (UBL-XSD, CII-XSD).</summary>
    public static bool IsXsdRule(string ruleId) =>
        ruleId.StartsWith("XSD-", StringComparison.Ordinal) || ruleId.EndsWith("-XSD", StringComparison.Ordinal);

    /// <summary>Documents on which the official artefacts themselves failed: their fatal rule set is incomplete.</summary>
    private static string? KnownDifference(Dictionary<string, string> row)
    {
        var error = row["error"];
        if (error.StartsWith(AbortedMarker, StringComparison.Ordinal))
        {
            return "the official XSLT aborted on a value of the wrong data type (" + error[(AbortedMarker.Length + 1)..].Split(':')[0] +
                "); it reports no rule, we report the data type error (XSD-DATATYPE) and every rule the document breaks";
        }

        return error.StartsWith("schematron recoverable runtime errors", StringComparison.Ordinal)
            ? "the official XSLT skipped rule contexts after runtime errors; its rule set may be incomplete"
            : null;
    }
}
