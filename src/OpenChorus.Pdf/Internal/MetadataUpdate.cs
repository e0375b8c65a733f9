using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;

namespace OpenChorus.Pdf.Internal;

/// <summary>
/// Replaces the XMP metadata of a PDF that PDFsharp has just saved, by an incremental update: the new metadata
/// stream and the catalog pointing to it, appended with their cross-reference section and a trailer that keeps the
/// document's /Info and /ID. PDFsharp 6.2.4 regenerates /Metadata from the info dictionary on every save, with no
/// way to add the pdfaid and Factur-X properties, so the update is written here.
/// </summary>
internal static partial class MetadataUpdate
{
    public static byte[] Append(byte[] saved, PdfDocument document, byte[] xmp)
    {
        var catalog = document.Internals.Catalog;
        var metadata = new PdfDictionary(document);
        document.Internals.AddObject(metadata);
        catalog.Elements.SetReference("/Metadata", metadata);
        var text = Encoding.Latin1.GetString(saved, Math.Max(0, saved.Length - 2048), Math.Min(2048, saved.Length));
        var trailer = TrailerPattern().Matches(text) is { Count: > 0 } found ? found[^1].Groups[1].Value
            : throw new InvalidOperationException("No trailer found in the PDF PDFsharp wrote.");
        var previous = StartXrefPattern().Matches(text)[^1].Groups[1].Value;

        using var output = new MemoryStream(saved.Length + xmp.Length + 4096);
        output.Write(saved);
        if (saved[^1] != '\n')
        {
            output.WriteByte((byte)'\n');
        }

        var metadataNumber = PdfInternals.GetObjectNumber(metadata);
        var catalogNumber = PdfInternals.GetObjectNumber(catalog);
        var metadataOffset = output.Position;
        Write(output, $"{metadataNumber} 0 obj\n<< /Type /Metadata /Subtype /XML /Length {xmp.Length} >>\nstream\n");
        output.Write(xmp);
        Write(output, "\nendstream\nendobj\n");
        var catalogOffset = output.Position;
        document.Internals.WriteObject(output, catalog);

        var xref = output.Position;
        var entries = new SortedDictionary<int, long> { [metadataNumber] = metadataOffset, [catalogNumber] = catalogOffset };
        Write(output, "xref\n");
        foreach (var (number, offset) in entries)
        {
            Write(output, $"{number} 1\n{offset:D10} 00000 n \n");
        }

        var size = Math.Max(int.Parse(SizePattern().Match(trailer).Groups[1].Value, CultureInfo.InvariantCulture), metadataNumber + 1);
        var info = InfoPattern().Match(trailer).Value;
        var id = IdPattern().Match(trailer).Value;
        Write(output, $"trailer\n<< /Size {size} /Root {catalogNumber} 0 R " +
            $"{info} {id} /Prev {previous} >>\nstartxref\n{xref}\n%%EOF\n");
        return output.ToArray();
    }

    private static void Write(Stream output, string text) =>
        output.Write(Encoding.ASCII.GetBytes(text.ToString(CultureInfo.InvariantCulture)));

    [GeneratedRegex(@"trailer\s*(<<.*?>>)", RegexOptions.Singleline)]
    private static partial Regex TrailerPattern();

    [GeneratedRegex(@"startxref\s+(\d+)")]
    private static partial Regex StartXrefPattern();

    [GeneratedRegex(@"/Size\s+(\d+)")]
    private static partial Regex SizePattern();

    [GeneratedRegex(@"/Info\s+\d+\s+\d+\s+R")]
    private static partial Regex InfoPattern();

    [GeneratedRegex(@"/ID\s*\[[^\]]*\]")]
    private static partial Regex IdPattern();
}
