using System.Text;
using OpenChorus.Formats.Model;
using OpenChorus.Formats.Tests.Samples;
using OpenChorus.Formats.Writing;

namespace OpenChorus.Formats.Tests.Writing;

/// <summary>An attachment without mime code (BT-125-1): the writers put the attribute the syntax requires and say so.</summary>
public class MimeCodeTests
{
    private static Invoice WithoutMimeCode() => WriterSamples.Rich() with
    {
        AdditionalDocuments = [WriterSamples.Rich().AdditionalDocuments[0] with { AttachmentMimeCode = null }],
    };

    [Fact]
    public void WriteUbl_AttachmentWithoutMimeCode_WritesOctetStreamAndReportsIt()
    {
        var xml = Encoding.UTF8.GetString(UblInvoiceWriter.Write(WithoutMimeCode(), out var losses));

        Assert.Contains("mimeCode=\"application/octet-stream\"", xml, StringComparison.Ordinal);
        var loss = Assert.Single(losses, l => l.Term == "BT-125-1");
        Assert.Contains("application/octet-stream", loss.French, StringComparison.Ordinal);
        Assert.Contains("BR-CL-24", loss.English, StringComparison.Ordinal);
    }

    [Fact]
    public void WriteCii_AttachmentWithoutMimeCode_WritesOctetStreamAndReportsIt()
    {
        var xml = Encoding.UTF8.GetString(CiiInvoiceWriter.Write(WithoutMimeCode(), FacturXProfile.En16931, out var losses));

        Assert.Contains("mimeCode=\"application/octet-stream\"", xml, StringComparison.Ordinal);
        Assert.Single(losses, l => l.Term == "BT-125-1");
    }

    [Fact]
    public void Write_AttachmentWithMimeCode_ReportsNothingAboutIt()
    {
        UblInvoiceWriter.Write(WriterSamples.Rich(), out var ublLosses);
        CiiInvoiceWriter.Write(WriterSamples.Rich(), FacturXProfile.En16931, out var ciiLosses);

        Assert.DoesNotContain(ublLosses, l => l.Term == "BT-125-1");
        Assert.DoesNotContain(ciiLosses, l => l.Term == "BT-125-1");
    }
}
