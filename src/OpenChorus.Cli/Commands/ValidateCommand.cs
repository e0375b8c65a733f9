using System.CommandLine;
using OpenChorus.Cli.Output;
using OpenChorus.Formats.Detection;
using OpenChorus.Formats.Validation;

namespace OpenChorus.Cli.Commands;

/// <summary>openchorus validate FILE…|DIR: EN 16931 verdict and broken rules; exit 0 valid, 1 invalid, 2 unreadable.</summary>
internal static class ValidateCommand
{
    public static Command Create()
    {
        var files = CommonOptions.Files("Invoice files (XML or PDF) or directories holding them.");
        var format = CommonOptions.Format();
        var language = CommonOptions.Language();
        var command = new Command("validate", "Validate invoices against EN 16931 and the UBL / CII syntax rules.")
        {
            files,
            format,
            language,
        };
        command.SetAction(result => Run(result.GetValue(files)!, result.GetValue(format)!, result.GetValue(language)!, Console.Out));
        return command;
    }

    private static int Run(string[] paths, string format, string language, TextWriter output)
    {
        var writer = ReportWriter.Create(format, language, output);
        var exitCode = 0;
        foreach (var path in InputFiles.Expand(paths))
        {
            var report = File.Exists(path)
                ? InvoiceValidator.Validate(File.ReadAllBytes(path))
                : new ValidationReport(new DetectionResult(DocumentKind.Unknown, "file not found"), null, []);
            writer.Write(path, report);
            exitCode = Math.Max(exitCode, report.Verdict switch
            {
                Verdict.Valid => 0,
                Verdict.Invalid => 1,
                Verdict.Unreadable or Verdict.NotAnInvoice => 2,
            });
        }

        writer.Complete();
        return exitCode;
    }
}
