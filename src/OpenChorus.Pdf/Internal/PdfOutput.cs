using System.IO.Compression;
using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;

namespace OpenChorus.Pdf.Internal;

/// <summary>
/// Saves a PDFsharp document with streams compressed by .NET's zlib. PDFsharp 6.2.4's own Flate encoder ends its
/// streams without the final deflate block (qpdf --check warns on every stream), so documents are saved
/// uncompressed and their streams compressed here; metadata streams stay uncompressed, readable by any tool.
/// </summary>
internal static class PdfOutput
{
    /// <summary>Saves a document drawn in memory: saved once so PDFsharp writes its fonts, then compressed.</summary>
    public static byte[] Save(PdfDocument document)
    {
        using var raw = new MemoryStream();
        SaveUncompressed(document, raw);
        raw.Position = 0;
        using var reopened = PdfReader.Open(raw, PdfDocumentOpenMode.Modify);
        return SaveCompressed(reopened);
    }

    /// <summary>Compresses every unfiltered stream but metadata, then saves.</summary>
    public static byte[] SaveCompressed(PdfDocument document)
    {
        foreach (var item in document.Internals.GetAllObjects())
        {
            if (item is PdfDictionary { Stream: { } stream } dictionary && !dictionary.Elements.ContainsKey("/Filter") &&
                dictionary.Elements.GetName("/Type") != "/Metadata" && stream.Value.Length > 64)
            {
                stream.Value = Deflate(stream.Value);
                dictionary.Elements.SetName("/Filter", "/FlateDecode");
            }
        }

        using var output = new MemoryStream();
        SaveUncompressed(document, output);
        return output.ToArray();
    }

    /// <summary>Saves without compressing any stream.</summary>
    public static byte[] SaveUncompressed(PdfDocument document)
    {
        using var output = new MemoryStream();
        SaveUncompressed(document, output);
        return output.ToArray();
    }

    private static void SaveUncompressed(PdfDocument document, Stream output)
    {
        document.Options.NoCompression = true;
        document.Options.CompressContentStreams = false;
        document.Save(output, closeStream: false);
    }

    private static byte[] Deflate(byte[] data)
    {
        using var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, CompressionLevel.Fastest, leaveOpen: true))
        {
            zlib.Write(data);
        }

        return output.ToArray();
    }
}
