using System.CommandLine;
using OpenChorus.Formats.Writing;

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

    /// <summary>
    /// --profile: a Factur-X profile, MINIMUM, BASIC WL (or BASICWL), BASIC, EN16931 or EXTENDED, in any case; the
    /// same values for every command. Read it with <see cref="FacturXProfiles.Parse"/>.
    /// </summary>
    public static Option<string?> Profile(string description)
    {
        var option = new Option<string?>("--profile") { Description = description };
        option.CompletionSources.Add(FacturXProfiles.Names.ToArray());
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } name && FacturXProfiles.Parse(name) is null)
            {
                result.AddError($"Unknown profile « {name} »: use MINIMUM, BASIC WL (or BASICWL), BASIC, EN16931 or EXTENDED.");
            }
        });
        return option;
    }
}
