using System.Text.Json;
using System.Text.Json.Nodes;
using OpenChorus.Formats.Validation;

namespace OpenChorus.Cli.Output;

/// <summary>A JSON array with one object per document and its violations.</summary>
internal sealed class JsonReportWriter(string language, TextWriter output) : ReportWriter(output)
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };
    private readonly JsonArray _documents = [];

    public override void Write(string path, ValidationReport report)
    {
        var violations = new JsonArray();
        foreach (var v in report.Violations)
        {
            violations.Add((JsonNode)new JsonObject
            {
                ["rule"] = v.RuleId,
                ["severity"] = v.Severity == Severity.Fatal ? "fatal" : "warning",
                ["term"] = v.BusinessTerm,
                ["xpath"] = v.XPath,
                ["line"] = v.Line,
                ["message"] = v.Message(language),
            });
        }

        _documents.Add((JsonNode)new JsonObject
        {
            ["file"] = DocumentName(path, report),
            ["kind"] = report.Detection.Kind.ToString(),
            ["profile"] = report.Detection.Profile,
            ["reason"] = report.Detection.Reason,
            ["verdict"] = VerdictText(report.Verdict),
            ["violations"] = violations,
        });
    }

    public override void Complete() => Output.WriteLine(_documents.ToJsonString(Indented));
}
