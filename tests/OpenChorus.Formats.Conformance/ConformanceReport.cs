using System.Globalization;
using System.Text;

namespace OpenChorus.Formats.Conformance;

/// <summary>Writes the lane's report (figures, known differences, every disagreement) to artifacts/conformance/report.md.</summary>
internal static class ConformanceReport
{
    public static string Write(ConformanceRun run, ConformanceFigures figures)
    {
        var text = Render(run, figures);
        var folder = Path.Combine(RepositoryRoot.Find(), "artifacts", "conformance");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "report.md"), text);
        return text;
    }

    public static string Summary(ConformanceFigures f) => string.Create(CultureInfo.InvariantCulture,
        $"""
        Conformance against the official EN 16931 artefacts (verdicts.csv, {f.Documents} documents):
          verdict agreement (XSD + schematron) ........ {f.VerdictAgreement:F2} % (target 99.5, ratchet {ConformanceRatchet.VerdictAgreement})
          fatal rule set agreement .................... {f.FatalSetAgreement:F2} % (target 99, ratchet {ConformanceRatchet.FatalSetAgreement})
            outside the listed known differences ...... {f.FatalSetAgreementOutsideKnownDifferences:F2} %
          rejected officially but accepted by us ...... {f.AcceptedButRejected} (must be 0)
          unit expectations met ({f.UnitCases} cases) ........ {f.UnitExpectationsMet:F2} % (target 100, ratchet {ConformanceRatchet.UnitExpectationsMet})
          rejected by the official XSDs ............... {f.XsdRejected}, of which rejected by our XSD checks {f.XsdRejectedByUs}
          valid for the official XSDs, not for ours ... {f.XsdValidFlaggedByUs} (must be 0)
        """);

    private static string Render(ConformanceRun run, ConformanceFigures figures)
    {
        var text = new StringBuilder("# Conformance report\n\n```\n").Append(Summary(figures))
            .Append(CultureInfo.InvariantCulture, $"\n  run time: {run.Elapsed.TotalSeconds:F1} s\n```\n\n");
        Section(text, "Rejected officially but accepted by us", run.Documents.Where(d => d.AcceptedButRejected).Select(d => d.File));
        Section(text, "Known differences (not counted in the second fatal-set figure)",
            run.Documents.Where(d => d.KnownDifference is not null).Select(d => $"{d.File}: {d.KnownDifference}; {d.Difference}"));
        Section(text, "Rules most often missing (official fatal, not ours)", Tally(run.Documents.SelectMany(d => d.OfficialFatal.Except(d.OurFatal))));
        Section(text, "Rules most often extra (ours, not official)", Tally(run.Documents.SelectMany(d => d.OurFatal.Except(d.OfficialFatal))));
        Section(text, "Verdict disagreements", run.Documents.Where(d => !d.VerdictAgrees).Select(d => $"{d.File}: official {d.OfficialVerdict}, ours {d.OurVerdict}"));
        Section(text, "Fatal rule set disagreements", run.Documents.Where(d => !d.FatalSetAgrees).Select(d => $"{d.File}: {d.Difference}"));
        Section(text, "Unit expectations not met", run.UnitCases.Where(c => !c.Passed).Select(c => $"{c.File}: expected {c.Expected} for {c.Rule}"));
        return text.ToString();
    }

    private static IEnumerable<string> Tally(IEnumerable<string> rules) =>
        rules.GroupBy(r => r).OrderByDescending(g => g.Count()).Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Key}: {g.Count()}"));

    private static void Section(StringBuilder text, string title, IEnumerable<string> lines)
    {
        var items = lines.ToList();
        text.Append(CultureInfo.InvariantCulture, $"## {title} ({items.Count})\n\n");
        foreach (var line in items)
        {
            text.Append("- ").Append(line).Append('\n');
        }

        text.Append('\n');
    }
}
