using System.Formats.Tar;
using System.IO.Compression;
using System.Text;
using OpenChorus.Formats.Lots;
using OpenChorus.Formats.Tests.Samples;

namespace OpenChorus.Formats.Tests.Lots;

public sealed class LotReaderTests
{
    [Fact]
    public void ReadZip_TwoInvoicesAndAFolder_ReturnsTheTwoFilesByName()
    {
        var lot = Zip(("lot/facture-1.xml", UblSamples.Invoice), ("lot/", ""), ("lot/facture-2.xml", CiiSamples.Invoice));

        var content = LotReader.ReadZip(lot);

        Assert.True(content.IsReadable);
        Assert.Equal(["lot/facture-1.xml", "lot/facture-2.xml"], content.Entries.Select(e => e.Name));
        Assert.Equal(UblSamples.Invoice, Encoding.UTF8.GetString(content.Entries[0].Content));
    }

    [Fact]
    public void ReadTarGz_OneInvoice_ReturnsIt()
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
        using (var tar = new TarWriter(gzip))
        {
            tar.WriteEntry(new PaxTarEntry(TarEntryType.RegularFile, "facture.xml") { DataStream = new MemoryStream(Encoding.UTF8.GetBytes(CiiSamples.Invoice)) });
        }

        var content = LotReader.ReadTarGz(buffer.ToArray());

        Assert.Equal("facture.xml", Assert.Single(content.Entries).Name);
    }

    [Fact]
    public void ReadZip_MoreThan500Files_RefusesTheWholeLot()
    {
        var lot = Zip([.. Enumerable.Range(1, LotReader.MaxEntries + 1).Select(i => ($"f{i}.xml", "<x/>"))]);

        var content = LotReader.ReadZip(lot);

        Assert.Empty(content.Entries);
        Assert.Contains("more than 500 files", Assert.Single(content.Problems), StringComparison.Ordinal);
    }

    [Fact]
    public void ReadZip_DamagedArchive_ReportsItWithoutThrowing()
    {
        var lot = Zip(("facture.xml", UblSamples.Invoice));

        var content = LotReader.ReadZip(lot[..(lot.Length / 2)]);

        Assert.False(content.IsReadable);
        Assert.StartsWith("the archive is damaged", Assert.Single(content.Problems), StringComparison.Ordinal);
    }

    [Fact]
    public void ReadZip_NoFile_IsRefused() =>
        Assert.Equal(["the lot holds no file"], LotReader.ReadZip(Zip(("vide/", ""))).Problems);

    private static byte[] Zip(params (string Name, string Text)[] files)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, text) in files)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open());
                writer.Write(text);
            }
        }

        return buffer.ToArray();
    }
}
