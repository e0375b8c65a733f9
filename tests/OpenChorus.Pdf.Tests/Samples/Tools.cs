using System.Diagnostics;

namespace OpenChorus.Pdf.Tests.Samples;

/// <summary>Runs qpdf and pdfdetach as real processes; scripts/test.sh installs them (qpdf, poppler-utils).</summary>
internal static class Tools
{
    private static readonly string[] Folders = ["/usr/bin/", "/usr/local/bin/"];

    public static (int ExitCode, string Output) Run(string tool, params string[] arguments)
    {
        var path = Folders.Select(d => d + tool).FirstOrDefault(File.Exists);
        if (path is null)
        {
            Assert.Skip(tool + " is not installed (apt-get install qpdf poppler-utils; scripts/test.sh does it)");
        }

        var start = new ProcessStartInfo(path) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output);
    }
}
