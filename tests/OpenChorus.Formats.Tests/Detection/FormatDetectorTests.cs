using System.Formats.Tar;
using System.IO.Compression;
using System.Text;
using OpenChorus.Formats.Detection;
using OpenChorus.Formats.Tests.Samples;

namespace OpenChorus.Formats.Tests.Detection;

public class FormatDetectorTests
{
    [Fact]
    public void Detect_UblInvoice_ReportsKindAndCustomizationId()
    {
        var result = FormatDetector.Detect(Bytes(UblSamples.Invoice));

        Assert.Equal(DocumentKind.UblInvoice, result.Kind);
        Assert.Equal("urn:cen.eu:en16931:2017", result.CustomizationId);
        Assert.Contains("root element", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Detect_UblCreditNote_ReportsCreditNote()
    {
        var xml = UblSamples.Invoice.Replace("<Invoice xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Invoice-2\"", "<CreditNote xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2\"", StringComparison.Ordinal)
            .Replace("</Invoice>", "</CreditNote>", StringComparison.Ordinal);

        Assert.Equal(DocumentKind.UblCreditNote, FormatDetector.Detect(Bytes(xml)).Kind);
    }

    [Theory]
    [InlineData("urn:cen.eu:en16931:2017", "EN16931")]
    [InlineData("urn:factur-x.eu:1p0:minimum", "MINIMUM")]
    [InlineData("urn:factur-x.eu:1p0:basicwl", "BASIC WL")]
    [InlineData("urn:cen.eu:en16931:2017#compliant#urn:factur-x.eu:1p0:basic", "BASIC")]
    [InlineData("urn:cen.eu:en16931:2017#conformant#urn:factur-x.eu:1p0:extended", "EXTENDED")]
    [InlineData("urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0", "XRECHNUNG")]
    public void Detect_CiiWithSpecificationId_ReportsProfileFromBT24(string specificationId, string profile)
    {
        var xml = CiiSamples.With("<ram:ID>urn:cen.eu:en16931:2017</ram:ID>", "<ram:ID>" + specificationId + "</ram:ID>");

        var result = FormatDetector.Detect(Bytes(xml));

        Assert.Equal(DocumentKind.Cii, result.Kind);
        Assert.Equal(profile, result.Profile);
    }

    [Fact]
    public void Detect_FacturXPdf_ReportsEmbeddedFileAndProfile()
    {
        var pdf = PdfSamples.WithEmbeddedXml("factur-x.xml", CiiSamples.Invoice, "EN 16931");

        var result = FormatDetector.Detect(pdf);

        Assert.Equal(DocumentKind.FacturXPdf, result.Kind);
        Assert.Equal("EN16931", result.Profile);
        Assert.Equal("factur-x.xml", result.EmbeddedFileName);
        Assert.Contains("XMP conformance level EN 16931", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Detect_PdfWithoutAttachment_ReportsPlainPdf()
    {
        Assert.Equal(DocumentKind.PlainPdf, FormatDetector.Detect(PdfSamples.Plain()).Kind);
    }

    [Fact]
    public void Detect_PdfEmbeddingAnOrder_ReportsOrderX()
    {
        const string Order = "<rsm:SCRDMCCBDACIOMessageStructure xmlns:rsm=\"urn:un:unece:uncefact:data:SCRDMCCBDACIOMessageStructure:100\"/>";

        Assert.Equal(DocumentKind.OrderXPdf, FormatDetector.Detect(PdfSamples.WithEmbeddedXml("order-x.xml", Order)).Kind);
    }

    [Fact]
    public void Detect_PdfEmbeddingZugferd1_ReportsLegacyZugferd()
    {
        const string Legacy = "<rsm:CrossIndustryDocument xmlns:rsm=\"urn:ferd:CrossIndustryDocument:invoice:1p0\"/>";

        Assert.Equal(DocumentKind.ZugferdV1Pdf, FormatDetector.Detect(PdfSamples.WithEmbeddedXml("ZUGFeRD-invoice.xml", Legacy)).Kind);
    }

    [Fact]
    public void Detect_ZipLot_ReportsZipArchive()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = zip.CreateEntry("facture.xml").Open();
            entry.Write(Bytes(UblSamples.Invoice));
        }

        Assert.Equal(DocumentKind.ZipArchive, FormatDetector.Detect(buffer.ToArray()).Kind);
    }

    [Fact]
    public void Detect_TarGzLot_ReportsTarGzArchive()
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
        using (var tar = new TarWriter(gzip))
        {
            tar.WriteEntry(new PaxTarEntry(TarEntryType.RegularFile, "facture.xml") { DataStream = new MemoryStream(Bytes(UblSamples.Invoice)) });
        }

        Assert.Equal(DocumentKind.TarGzArchive, FormatDetector.Detect(buffer.ToArray()).Kind);
    }

    [Fact]
    public void Detect_BrokenXml_ReportsNotWellFormedWithReason()
    {
        var result = FormatDetector.Detect(Bytes(UblSamples.Invoice[..500]));

        Assert.Equal(DocumentKind.NotWellFormedXml, result.Kind);
        Assert.Contains("not well-formed", result.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("hello, world")]
    [InlineData("")]
    public void Detect_NeitherXmlNorPdf_ReportsUnknown(string content)
    {
        Assert.Equal(DocumentKind.Unknown, FormatDetector.Detect(Bytes(content)).Kind);
    }

    [Fact]
    public void Detect_OtherXml_ReportsOtherXmlWithRoot()
    {
        var result = FormatDetector.Detect(Bytes("<note xmlns=\"urn:example\"/>"));

        Assert.Equal(DocumentKind.OtherXml, result.Kind);
        Assert.Contains("{urn:example}note", result.Reason, StringComparison.Ordinal);
    }

    private static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);
}
