using System.CommandLine;
using OpenChorus.Formats.Validation;
using OpenChorus.Pdf.Rendering;

namespace OpenChorus.Cli.Commands;

/// <summary>
/// openchorus render FILE: a readable A4 PDF of any invoice (UBL, CII, Factur-X); exit 2 when unreadable. Characters
/// no installed font can show are named in a warning on the error output (the PDF shows U+FFFD in their place).
/// </summary>
internal static class RenderCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("FILE") { Description = "Invoice or credit note: UBL, CII or Factur-X." };
        var language = CommonOptions.Language();
        language.Description = "Language of the rendering: fr (default) or en.";
        var output = new Option<string?>("--out") { Description = "PDF to write; default: FILE with the extension .pdf (.rendu.pdf for a PDF)." };
        var command = new Command("render", "Render an invoice as a readable A4 PDF with the mentions French law requires.")
        {
            file,
            language,
            output,
        };
        command.SetAction(result => Run(result.GetValue(file)!, result.GetValue(language)!, result.GetValue(output),
            result.InvocationConfiguration.Output, result.InvocationConfiguration.Error));
        return command;
    }

    private static int Run(string path, string language, string? output, TextWriter stdout, TextWriter stderr)
    {
        if (!File.Exists(path))
        {
            stderr.WriteLine(language == "en" ? path + ": file not found" : path + " : fichier introuvable");
            return 2;
        }

        var report = InvoiceValidator.Validate(File.ReadAllBytes(path));
        if (report.Invoice is not { } invoice)
        {
            stderr.WriteLine(language == "en"
                ? path + ": no invoice to render (" + report.Detection.Reason + ")"
                : path + " : aucune facture à mettre en page (" + report.Detection.Reason + ")");
            return 2;
        }

        var target = output ?? DefaultOutput(path);
        var lang = language == "en" ? Language.English : Language.French;
        var rendered = InvoiceRenderer.RenderWithReport(invoice, new RenderOptions { Language = lang });
        File.WriteAllBytes(target, rendered.Pdf);
        stdout.WriteLine(target);
        if (rendered.Warning(lang) is { } warning)
        {
            stderr.WriteLine((lang == Language.English ? "warning: " : "avertissement : ") + warning);
        }

        return 0;
    }

    private static string DefaultOutput(string path) =>
        Path.ChangeExtension(path, path.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase) ? ".rendu.pdf" : ".pdf");
}
