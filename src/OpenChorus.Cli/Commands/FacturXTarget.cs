using OpenChorus.Formats.Validation;
using OpenChorus.Formats.Writing;
using OpenChorus.Pdf.FacturX;
using OpenChorus.Pdf.Rendering;

namespace OpenChorus.Cli.Commands;

/// <summary>
/// openchorus convert FILE --to facturx: any readable invoice into a Factur-X PDF/A-3b, through
/// <see cref="FacturXConverter"/>; lists the terms the profile cannot carry and the PDF/A problems found.
/// </summary>
internal static class FacturXTarget
{
    public static int Run(ConvertRequest request, TextWriter console, TextWriter errors)
    {
        if (request.MissingInput(request.Layout) is { } missing)
        {
            console.WriteLine(request.English ? $"{missing}: file not found" : $"{missing} : fichier introuvable");
            return 2;
        }

        var profile = request.Profile ?? FacturXProfile.En16931;
        FacturXConversion result;
        try
        {
            result = FacturXConverter.Convert(File.ReadAllBytes(request.Path), profile,
                request.Layout is null ? null : File.ReadAllBytes(request.Layout), request.English ? Language.English : Language.French);
        }
        catch (FacturXException error)
        {
            console.WriteLine(request.English
                ? $"{request.Path}: Factur-X not written: {error.Message}"
                : $"{request.Path} : Factur-X non écrit : {error.French}");
            return 2;
        }

        if (result.Pdf is not { } pdf)
        {
            console.WriteLine($"{request.Path}: {(request.English ? result.Cii.RefusalInEnglish : result.Cii.Refusal)}");
            return result.Cii.Source.Verdict == Verdict.Invalid ? 1 : 2;
        }

        var outPath = request.OutputOr(".facturx.pdf");
        File.WriteAllBytes(outPath, pdf);
        console.WriteLine($"{request.Path} -> {outPath} (Factur-X {profile.ConformanceLevel()})");
        request.WriteLosses(result.Losses, console);
        foreach (var problem in result.Problems)
        {
            errors.WriteLine(request.English ? "warning: " + problem.English : "avertissement : " + problem.French);
        }

        return 0;
    }
}
