using System.CommandLine;
using OpenChorus.Cli.Output;
using OpenChorus.Formats.Detection;
using OpenChorus.Formats.Lots;
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
        var xsd = CommonOptions.XsdFolder();
        var command = new Command("validate", "Validate invoices against EN 16931 and the UBL / CII syntax rules.")
        {
            files,
            format,
            language,
            xsd,
        };
        command.SetAction(result =>
        {
            var error = result.InvocationConfiguration.Error;
            var options = result.GetValue(xsd) is { Length: > 0 } folder ? new ValidationOptions { XsdFolder = folder } : ValidationOptions.FromEnvironment();
            try
            {
                return Run(result.GetValue(files)!, result.GetValue(format)!, result.GetValue(language)!, options, result.InvocationConfiguration.Output, error);
            }
            catch (Exception e) when (e is InvalidOperationException or IOException or System.Xml.XmlException or System.Xml.Schema.XmlSchemaException)
            {
                // Only a broken XSD folder gets here: the validator never throws on a document.
                error.WriteLine(result.GetValue(language) == "en"
                    ? "The XSD folder cannot be used: " + e.Message
                    : "Le dossier des XSD est inutilisable : " + e.Message);
                return 2;
            }
        });
        return command;
    }

    private static int Run(string[] paths, string format, string language, ValidationOptions options, TextWriter output, TextWriter error)
    {
        if (options.XsdFolder is { } folder && !Directory.Exists(folder))
        {
            error.WriteLine(language == "en" ? "XSD folder not found: " + folder : "Dossier des XSD introuvable : " + folder);
            return 2;
        }

        var writer = ReportWriter.Create(format, language, output);
        var exitCode = 0;
        foreach (var path in InputFiles.Expand(paths))
        {
            foreach (var (name, report) in Reports(path, options))
            {
                writer.Write(name, report);
                exitCode = Math.Max(exitCode, report.Verdict switch
                {
                    Verdict.Valid => 0,
                    Verdict.Invalid => 1,
                    Verdict.Unreadable or Verdict.NotAnInvoice => 2,
                });
            }
        }

        writer.Complete();
        return exitCode;
    }

    /// <summary>One report per invoice: a zip or tar.gz lot gives one per file it holds, named "lot.zip#file.xml".</summary>
    private static IEnumerable<(string Name, ValidationReport Report)> Reports(string path, ValidationOptions options)
    {
        if (!File.Exists(path))
        {
            yield return (path, new ValidationReport(new DetectionResult(DocumentKind.Unknown, "file not found"), null, []));
            yield break;
        }

        var content = File.ReadAllBytes(path);
        if (LotReader.TryRead(content) is not { } lot)
        {
            yield return (path, InvoiceValidator.Validate(content, options));
            yield break;
        }

        if (!lot.IsReadable)
        {
            var kind = LotReader.IsZip(content) ? DocumentKind.ZipArchive : DocumentKind.TarGzArchive;
            yield return (path, new ValidationReport(new DetectionResult(kind, "lot refused: " + string.Join("; ", lot.Problems)), null, []));
            yield break;
        }

        foreach (var entry in lot.Entries)
        {
            yield return ($"{path}#{entry.Name}", InvoiceValidator.Validate(entry.Content, options));
        }
    }
}
