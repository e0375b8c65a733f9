using System.CommandLine;
using OpenChorus.Formats.Conversion;
using OpenChorus.Formats.Validation;
using OpenChorus.Formats.Writing;

namespace OpenChorus.Cli.Commands;

/// <summary>
/// openchorus convert FILE --to ubl|cii [--profile P] [--out PATH]: writes the invoice in the other syntax and lists
/// what the target could not carry; exit 0 converted, 1 invalid source, 2 unreadable source or not an invoice.
/// </summary>
internal static class ConvertCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("FILE") { Description = "The invoice to convert: UBL, CII or Factur-X PDF." };
        var target = new Option<string>("--to") { Description = "Target syntax: ubl or cii.", Required = true };
        // "facturx" (a PDF/A-3 embedding the CII) belongs to the Factur-X packaging: add it here once that writer exists,
        // fed with CiiInvoiceWriter.Write(invoice, profile, out losses).
        target.AcceptOnlyFromAmong("ubl", "cii");
        var profile = CommonOptions.Profile("Factur-X profile of the CII written: MINIMUM, BASIC WL (or BASICWL), BASIC, EN16931 (default) or EXTENDED.");
        var output = new Option<string?>("--out") { Description = "Where to write (default: beside the input, NAME.ubl.xml or NAME.cii.xml)." };
        var language = CommonOptions.Language();
        var command = new Command("convert", "Convert an invoice between UBL and CII, listing what the target cannot carry.")
        {
            file, target, profile, output, language,
        };
        command.SetAction(result => Run(result.GetValue(file)!, result.GetValue(target)!, result.GetValue(profile),
            result.GetValue(output), result.GetValue(language)!, Console.Out));
        return command;
    }

    private static int Run(string path, string target, string? profile, string? outPath, string language, TextWriter console)
    {
        if (!File.Exists(path))
        {
            console.WriteLine(language == "en" ? $"{path}: file not found" : $"{path} : fichier introuvable");
            return 2;
        }

        var syntax = target == "ubl" ? TargetSyntax.Ubl : TargetSyntax.Cii;
        var result = InvoiceConverter.Convert(File.ReadAllBytes(path), syntax, FacturXProfiles.Parse(profile));
        if (result.Output is not { } xml)
        {
            console.WriteLine($"{path}: {(language == "en" ? result.RefusalInEnglish : result.Refusal)}");
            return result.Source.Verdict == Verdict.Invalid ? 1 : 2;
        }

        outPath ??= DefaultOutput(path, target);
        File.WriteAllBytes(outPath, xml);
        console.WriteLine($"{path} -> {outPath}");
        foreach (var loss in result.Losses)
        {
            console.WriteLine("  " + (language == "en" ? "not carried" : "non repris") + $" {loss.Term}: " + (language == "en" ? loss.English : loss.French));
        }

        return 0;
    }

    /// <summary>Beside the input: facture.xml → facture.ubl.xml, facture.pdf → facture.cii.xml.</summary>
    private static string DefaultOutput(string path, string target) =>
        Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path))!, Path.GetFileNameWithoutExtension(path) + "." + target + ".xml");
}
