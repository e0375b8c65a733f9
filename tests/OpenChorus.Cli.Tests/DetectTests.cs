using OpenChorus.Cli.Tests.Support;
using OpenChorus.Formats.Tests.Samples;

namespace OpenChorus.Cli.Tests;

/// <summary>openchorus detect: what each file is, from its content.</summary>
public sealed class DetectTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Detect_UblAndCii_NamesBothWithTheirProfileAndExits0()
    {
        var ubl = _folder.Write("a.xml", UblSamples.Invoice);
        var cii = _folder.Write("b.xml", CiiSamples.Invoice);

        var run = OpenChorusCli.Run("detect", ubl, cii);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains(ubl + ": UblInvoice EN16931", run.Output, StringComparison.Ordinal);
        Assert.Contains(cii + ": Cii EN16931", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Detect_NotXml_SaysUnknownAndExits2()
    {
        var text = _folder.Write("note.txt", "ceci n'est pas une facture");

        var run = OpenChorusCli.Run("detect", text);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(text + ": Unknown", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Detect_ZipLot_SaysZipArchive()
    {
        var lot = _folder.Write("lot.zip", Invoices.Zip());

        var run = OpenChorusCli.Run("detect", "--format", "csv", lot);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains(lot + ",ZipArchive,", run.Output, StringComparison.Ordinal);
    }
}
