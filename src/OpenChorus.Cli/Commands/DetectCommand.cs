using System.CommandLine;
using OpenChorus.Cli.Output;
using OpenChorus.Formats.Detection;

namespace OpenChorus.Cli.Commands;

/// <summary>openchorus detect FILE…: what each file is, and why.</summary>
internal static class DetectCommand
{
    public static Command Create()
    {
        var files = CommonOptions.Files("Files or directories to recognise.");
        var format = CommonOptions.Format();
        var command = new Command("detect", "Recognise each file by its content (UBL, CII, Factur-X and its profile, PDF, archive…).")
        {
            files,
            format,
        };
        command.SetAction(result => Run(result.GetValue(files)!, result.GetValue(format)!, result.InvocationConfiguration.Output));
        return command;
    }

    private static int Run(string[] paths, string format, TextWriter output)
    {
        var results = new List<(string Path, DetectionResult Detection)>();
        var exitCode = 0;
        foreach (var path in InputFiles.Expand(paths))
        {
            var detection = File.Exists(path)
                ? FormatDetector.Detect(File.ReadAllBytes(path))
                : new DetectionResult(DocumentKind.Unknown, "file not found");
            if (detection.Kind is DocumentKind.Unknown or DocumentKind.NotWellFormedXml)
            {
                exitCode = 2;
            }

            results.Add((path, detection));
        }

        DetectionWriter.Write(results, format, output);
        return exitCode;
    }
}
