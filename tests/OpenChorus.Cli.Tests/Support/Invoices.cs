using System.IO.Compression;
using System.Text;
using OpenChorus.Formats.Tests.Samples;
using UglyToad.PdfPig;

namespace OpenChorus.Cli.Tests.Support;

/// <summary>The invoices the CLI tests feed the commands, built from the format tests' samples.</summary>
internal static class Invoices
{
    /// <summary>The number (BT-1) of <see cref="UblSamples.Invoice"/>.</summary>
    public const string UblNumber = "F-2026-001";

    /// <summary>The number (BT-1) of <see cref="CiiSamples.Invoice"/>.</summary>
    public const string CiiNumber = "F-2026-002";

    /// <summary>A UBL invoice whose sum of line amounts (BT-106) is wrong: fatal BR-CO-10.</summary>
    public static string InvalidUbl() => UblSamples.With(
        "<cbc:LineExtensionAmount currencyID=\"EUR\">300.00</cbc:LineExtensionAmount>",
        "<cbc:LineExtensionAmount currencyID=\"EUR\">301.00</cbc:LineExtensionAmount>");

    /// <summary>A zip lot holding the UBL and the CII invoice.</summary>
    public static byte[] Zip()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, xml) in new[] { ("ubl.xml", UblSamples.Invoice), ("cii.xml", CiiSamples.Invoice) })
            {
                using var entry = zip.CreateEntry(name).Open();
                entry.Write(Encoding.UTF8.GetBytes(xml));
            }
        }

        return buffer.ToArray();
    }

    /// <summary>The text of every page of a PDF.</summary>
    public static string PdfText(string path)
    {
        using var document = PdfDocument.Open(path);
        return string.Join("\n", document.GetPages().Select(page => string.Join(" ", page.GetWords().Select(w => w.Text))));
    }
}
