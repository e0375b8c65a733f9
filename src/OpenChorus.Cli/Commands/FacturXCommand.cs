using System.CommandLine;
using OpenChorus.Formats.Detection;
using OpenChorus.Formats.Writing;
using OpenChorus.Pdf.FacturX;
using OpenChorus.Pdf.Rendering;

namespace OpenChorus.Cli.Commands;

/// <summary>
/// openchorus facturx FILE.xml: a Factur-X PDF/A-3b embedding the CII, around the user's layout or our rendering.
/// Exit 0 written, 1 written with PDF/A problems (listed), 2 not written.
/// </summary>
internal static class FacturXCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("FILE") { Description = "CII invoice (XML) to embed." };
        var profile = CommonOptions.Profile("MINIMUM, BASIC WL (or BASICWL), BASIC, EN16931 or EXTENDED; default: the one BT-24 names.");
        var layout = new Option<string?>("--pdf") { Description = "Your own layout PDF; default: our rendering of the invoice." };
        var language = CommonOptions.Language();
        language.Description = "Language of the rendering, when no --pdf is given: fr (default) or en.";
        var output = new Option<string?>("--out") { Description = "PDF to write; default: FILE with the extension .pdf." };
        var command = new Command("facturx", "Write a Factur-X (PDF/A-3b with factur-x.xml) from a CII invoice.")
        {
            file,
            profile,
            layout,
            language,
            output,
        };
        command.SetAction(result => Run(
            result.GetValue(file)!, result.GetValue(profile), result.GetValue(layout), result.GetValue(language)!,
            result.GetValue(output), result.InvocationConfiguration.Output, result.InvocationConfiguration.Error));
        return command;
    }

    private static int Run(string path, string? profileName, string? layoutPath, string language, string? output, TextWriter stdout, TextWriter stderr)
    {
        foreach (var input in new[] { path, layoutPath }.OfType<string>().Where(p => !File.Exists(p)))
        {
            stderr.WriteLine(language == "en" ? input + ": file not found" : input + " : fichier introuvable");
            return 2;
        }

        var xml = File.ReadAllBytes(path);
        var profile = FacturXProfiles.FromName(profileName ?? FormatDetector.Detect(xml).Profile);
        if (profile is null)
        {
            stderr.WriteLine(language == "en"
                ? path + ": no Factur-X profile given and BT-24 names none; use --profile"
                : path + " : aucun profil Factur-X donné et le BT-24 n'en désigne aucun ; indiquez --profile");
            return 2;
        }

        try
        {
            var result = FacturXWriter.WriteWithReport(xml, profile.Value, layoutPath is null ? null : File.ReadAllBytes(layoutPath),
                language == "en" ? Language.English : Language.French);
            var target = output ?? Path.ChangeExtension(path, ".pdf");
            File.WriteAllBytes(target, result.Pdf);
            stdout.WriteLine(target + " (Factur-X " + profile.Value.ConformanceLevel() + ")");
            foreach (var problem in result.Problems)
            {
                stderr.WriteLine(language == "en" ? "warning: " + problem.English : "avertissement : " + problem.French);
            }

            return result.Problems.Count == 0 ? 0 : 1;
        }
        catch (FacturXException error)
        {
            stderr.WriteLine(language == "en" ? path + ": " + error.Message : path + " : " + error.French);
            return 2;
        }
    }
}
