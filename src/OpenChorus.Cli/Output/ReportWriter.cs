using OpenChorus.Formats.Validation;

namespace OpenChorus.Cli.Output;

/// <summary>Writes validation reports, one document at a time, in the chosen format.</summary>
internal abstract class ReportWriter(TextWriter output)
{
    protected TextWriter Output { get; } = output;

    public static ReportWriter Create(string format, string language, TextWriter output) => format switch
    {
        "json" => new JsonReportWriter(language, output),
        "csv" => new CsvReportWriter(output),
        _ => new TextReportWriter(language, output),
    };

    public abstract void Write(string path, ValidationReport report);

    public virtual void Complete()
    {
    }

    /// <summary>The document's name: the file, plus the embedded XML for a PDF.</summary>
    protected static string DocumentName(string path, ValidationReport report) =>
        report.Detection.EmbeddedFileName is { } embedded ? path + "#" + embedded : path;

    protected static string VerdictText(Verdict verdict) => verdict switch
    {
        Verdict.Valid => "valid",
        Verdict.Invalid => "invalid",
        Verdict.Unreadable => "unreadable",
        Verdict.NotAnInvoice => "not-an-invoice",
    };
}
