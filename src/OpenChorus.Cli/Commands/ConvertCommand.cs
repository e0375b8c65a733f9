using System.CommandLine;
using OpenChorus.Formats.Conversion;
using OpenChorus.Formats.Validation;
using OpenChorus.Formats.Writing;

namespace OpenChorus.Cli.Commands;

/// <summary>
/// openchorus convert FILE --to ubl|cii|facturx [--profile P] [--pdf LAYOUT] [--out PATH]: writes the invoice in the
/// target and lists what it could not carry; exit 0 converted, 1 invalid source, 2 unreadable source, not an invoice
/// or not written.
/// </summary>
internal static class ConvertCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("FILE") { Description = "The invoice to convert: UBL, CII or Factur-X PDF." };
        var target = new Option<string>("--to") { Description = "Target: ubl, cii or facturx (a PDF/A-3b embedding the CII).", Required = true };
        target.AcceptOnlyFromAmong("ubl", "cii", "facturx");
        var profile = CommonOptions.Profile("Factur-X profile of the CII written (cii, facturx): MINIMUM, BASIC WL (or BASICWL), BASIC, EN16931 (default) or EXTENDED.");
        var layout = new Option<string?>("--pdf") { Description = "facturx only: your own layout PDF; default: our rendering of the invoice." };
        var output = new Option<string?>("--out") { Description = "Where to write (default: beside the input, NAME.ubl.xml, NAME.cii.xml or NAME.facturx.pdf)." };
        var language = CommonOptions.Language();
        var command = new Command("convert", "Convert an invoice to UBL, CII or Factur-X, listing what the target cannot carry.")
        {
            file, target, profile, layout, output, language,
        };
        command.Validators.Add(result =>
        {
            if (result.GetValue(layout) is not null && result.GetValue(target) != "facturx")
            {
                result.AddError("--pdf (a layout) goes with --to facturx only.");
            }
        });
        command.SetAction(result =>
        {
            var request = new ConvertRequest(result.GetValue(file)!, FacturXProfiles.Parse(result.GetValue(profile)),
                result.GetValue(layout), result.GetValue(output), result.GetValue(language) == "en");
            var console = result.InvocationConfiguration.Output;
            return result.GetValue(target) switch
            {
                "facturx" => FacturXTarget.Run(request, console, result.InvocationConfiguration.Error),
                "ubl" => Run(request, TargetSyntax.Ubl, console),
                _ => Run(request, TargetSyntax.Cii, console),
            };
        });
        return command;
    }

    private static int Run(ConvertRequest request, TargetSyntax syntax, TextWriter console)
    {
        if (request.MissingInput(null) is { } missing)
        {
            console.WriteLine(request.English ? $"{missing}: file not found" : $"{missing} : fichier introuvable");
            return 2;
        }

        var result = InvoiceConverter.Convert(File.ReadAllBytes(request.Path), syntax, request.Profile);
        if (result.Output is not { } xml)
        {
            console.WriteLine($"{request.Path}: {(request.English ? result.RefusalInEnglish : result.Refusal)}");
            return result.Source.Verdict == Verdict.Invalid ? 1 : 2;
        }

        var outPath = request.OutputOr(syntax == TargetSyntax.Ubl ? ".ubl.xml" : ".cii.xml");
        File.WriteAllBytes(outPath, xml);
        console.WriteLine($"{request.Path} -> {outPath}");
        request.WriteLosses(result.Losses, console);
        return 0;
    }
}
