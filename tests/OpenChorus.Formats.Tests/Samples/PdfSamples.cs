using System.Globalization;
using System.Text;

namespace OpenChorus.Formats.Tests.Samples;

/// <summary>Writes small PDFs for the tests: one page, optional embedded files and optional XMP metadata.</summary>
internal static class PdfSamples
{
    /// <summary>A Factur-X style PDF: the XML embedded as the given file name, with an fx:ConformanceLevel in the XMP.</summary>
    public static byte[] WithEmbeddedXml(string fileName, string xml, string? conformanceLevel = null) =>
        Write([(fileName, Encoding.UTF8.GetBytes(xml))], conformanceLevel is null ? null : Xmp(fileName, conformanceLevel));

    /// <summary>A PDF with no embedded file.</summary>
    public static byte[] Plain() => Write([], null);

    private static string Xmp(string fileName, string level) => $"""
        <?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?>
        <x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
        <rdf:Description rdf:about="" xmlns:fx="urn:factur-x:pdfa:CrossIndustryDocument:invoice:1p0#">
        <fx:DocumentType>INVOICE</fx:DocumentType><fx:DocumentFileName>{fileName}</fx:DocumentFileName>
        <fx:Version>1.0</fx:Version><fx:ConformanceLevel>{level}</fx:ConformanceLevel>
        </rdf:Description></rdf:RDF></x:xmpmeta>
        <?xpacket end="w"?>
        """;

    private static byte[] Write(IReadOnlyList<(string Name, byte[] Content)> files, string? xmp)
    {
        var objects = new List<byte[]>();
        var names = string.Join(' ', files.Select((f, i) => $"({f.Name}) {4 + (2 * i)} 0 R"));
        var metadataNumber = 4 + (2 * files.Count);
        var catalog = "<< /Type /Catalog /Pages 2 0 R" +
            (files.Count > 0 ? $" /Names << /EmbeddedFiles << /Names [{names}] >> >>" : "") +
            (xmp is null ? "" : $" /Metadata {metadataNumber} 0 R") + " >>";
        objects.Add(Ascii(catalog));
        objects.Add(Ascii("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"));
        objects.Add(Ascii("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>"));
        for (var i = 0; i < files.Count; i++)
        {
            objects.Add(Ascii($"<< /Type /Filespec /F ({files[i].Name}) /UF ({files[i].Name}) /EF << /F {5 + (2 * i)} 0 R >> /AFRelationship /Data >>"));
            objects.Add(Stream("/Type /EmbeddedFile /Subtype /text#2Fxml", files[i].Content));
        }

        if (xmp is not null)
        {
            objects.Add(Stream("/Type /Metadata /Subtype /XML", Encoding.UTF8.GetBytes(xmp)));
        }

        return Assemble(objects);
    }

    private static byte[] Assemble(List<byte[]> objects)
    {
        using var pdf = new MemoryStream();
        pdf.Write(Ascii("%PDF-1.7\n"));
        var offsets = new List<long>();
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(pdf.Position);
            pdf.Write(Ascii(string.Create(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n")));
            pdf.Write(objects[i]);
            pdf.Write(Ascii("\nendobj\n"));
        }

        var xref = pdf.Position;
        var table = new StringBuilder(string.Create(CultureInfo.InvariantCulture, $"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n"));
        foreach (var offset in offsets)
        {
            table.Append(string.Create(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n"));
        }

        table.Append(string.Create(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"));
        pdf.Write(Ascii(table.ToString()));
        return pdf.ToArray();
    }

    private static byte[] Stream(string dictionary, byte[] content)
    {
        var head = Ascii(string.Create(CultureInfo.InvariantCulture, $"<< {dictionary} /Length {content.Length} >>\nstream\n"));
        return [.. head, .. content, .. Ascii("\nendstream")];
    }

    private static byte[] Ascii(string text) => Encoding.ASCII.GetBytes(text);
}
