using System.CommandLine;

namespace OpenChorus.Cli.Tests.Support;

/// <summary>What one run of openchorus gave: its exit code and what it wrote on stdout and stderr.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error);

/// <summary>Runs openchorus in process, through the root command Program.cs runs, with its output captured.</summary>
internal static class OpenChorusCli
{
    public static CliRun Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = CliApp.Create().Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error });
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }
}
