using OpenChorus.Formats.Writing;

namespace OpenChorus.Cli.Commands;

/// <summary>What <c>openchorus convert</c> was asked, whatever the target.</summary>
/// <param name="Path">The source invoice.</param>
/// <param name="Profile">The Factur-X profile asked (CII and Factur-X targets), null for the default.</param>
/// <param name="Layout">The layout PDF (Factur-X target).</param>
/// <param name="Output">Where to write, null for beside the input.</param>
/// <param name="English">Messages in English rather than French.</param>
internal sealed record ConvertRequest(string Path, FacturXProfile? Profile, string? Layout, string? Output, bool English)
{
    /// <summary>The first of the source and the layout that does not exist, or null.</summary>
    public string? MissingInput(string? layout) => new[] { Path, layout }.OfType<string>().FirstOrDefault(p => !File.Exists(p));

    /// <summary>The output path asked, or beside the input: facture.xml → facture.ubl.xml, facture.pdf → facture.cii.xml.</summary>
    public string OutputOr(string suffix) => Output ?? System.IO.Path.Combine(
        System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(Path))!, System.IO.Path.GetFileNameWithoutExtension(Path) + suffix);

    /// <summary>Lists the terms the target could not carry, one a line.</summary>
    public void WriteLosses(IEnumerable<ConversionLoss> losses, TextWriter console)
    {
        foreach (var loss in losses)
        {
            console.WriteLine("  " + (English ? "not carried" : "non repris") + $" {loss.Term}: " + (English ? loss.English : loss.French));
        }
    }
}
