using System.CommandLine;

namespace OpenChorus.Cli.Commands;

/// <summary>Arguments and options shared by the commands.</summary>
internal static class CommonOptions
{
    public static Argument<string[]> Files(string description) => new("FILE")
    {
        Description = description,
        Arity = ArgumentArity.OneOrMore,
    };

    public static Option<string> Format()
    {
        var option = new Option<string>("--format")
        {
            Description = "Output format: text, json or csv (one row per document).",
            DefaultValueFactory = _ => "text",
        };
        option.AcceptOnlyFromAmong("text", "json", "csv");
        return option;
    }

    public static Option<string> Language()
    {
        var option = new Option<string>("--lang")
        {
            Description = "Language of the messages: fr or en.",
            DefaultValueFactory = _ => "fr",
        };
        option.AcceptOnlyFromAmong("fr", "en");
        return option;
    }

    public static Option<string?> XsdFolder() => new("--xsd")
    {
        Description = "Folder of the official UBL 2.1 and CII D16B XSDs to apply as well (default: the OPENCHORUS_XSD_FOLDER variable).",
    };
}
