using System.CommandLine;
using OpenChorus.Cli.Commands;

namespace OpenChorus.Cli;

/// <summary>
/// The openchorus root command and its subcommands. Each command writes to the output and error writers of the
/// invocation configuration, so the tests can run it in process and read what it printed.
/// </summary>
public static class CliApp
{
    /// <summary>The root command: detect, validate, convert, render and facturx.</summary>
    public static RootCommand Create() =>
        new("OpenChorus: recognise, validate, convert and render e-invoices (EN 16931: UBL, CII, Factur-X), offline.")
        {
            DetectCommand.Create(),
            ValidateCommand.Create(),
            ConvertCommand.Create(),
            RenderCommand.Create(),
            FacturXCommand.Create(),
        };
}
