using System.Xml.Linq;
using OpenChorus.Formats.Writing;
using OpenChorus.Pdf.FacturX;
using OpenChorus.Pdf.Tests.Samples;
using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;

namespace OpenChorus.Pdf.Tests.FacturX;

/// <summary>The PDF/A-3b and Factur-X 1.0 structure: XMP, output intent, associated file, trailer; checked with qpdf and pdfdetach too.</summary>
public class PdfAStructureTests
{
    private static readonly XNamespace PdfaId = "http://www.aiim.org/pdfa/ns/id/";
    private static readonly XNamespace Fx = "urn:factur-x:pdfa:CrossIndustryDocument:invoice:1p0#";
    private static readonly XNamespace PdfaSchema = "http://www.aiim.org/pdfa/ns/schema#";
    private static readonly XNamespace PdfaProperty = "http://www.aiim.org/pdfa/ns/property#";

    [Theory]
    [InlineData(FacturXProfile.Minimum, "MINIMUM")]
    [InlineData(FacturXProfile.BasicWl, "BASIC WL")]
    [InlineData(FacturXProfile.Extended, "EXTENDED")]
    public void Xmp_DeclaresPdfA3bAndTheFacturXPropertiesWithTheirExtensionSchema(FacturXProfile profile, string level)
    {
        var xmp = Xmp(Write(profile, level));

        Assert.Equal("3", xmp.Descendants(PdfaId + "part").Single().Value);
        Assert.Equal("B", xmp.Descendants(PdfaId + "conformance").Single().Value);
        Assert.Equal("INVOICE", xmp.Descendants(Fx + "DocumentType").Single().Value);
        Assert.Equal("factur-x.xml", xmp.Descendants(Fx + "DocumentFileName").Single().Value);
        Assert.Equal("1.0", xmp.Descendants(Fx + "Version").Single().Value);
        Assert.Equal(level, xmp.Descendants(Fx + "ConformanceLevel").Single().Value);
        var schema = xmp.Descendants(PdfaSchema + "namespaceURI").Single(e => e.Value == Fx.NamespaceName).Parent!;
        Assert.Equal("fx", schema.Element(PdfaSchema + "prefix")!.Value);
        var properties = schema.Descendants(PdfaProperty + "name").Select(e => e.Value).Order(StringComparer.Ordinal);
        Assert.Equal(["ConformanceLevel", "DocumentFileName", "DocumentType", "Version"], properties);
        Assert.All(schema.Descendants(PdfaProperty + "valueType"), e => Assert.Equal("Text", e.Value));
    }

    [Fact]
    public void Xmp_AgreesWithTheInfoDictionary()
    {
        var pdf = Write(FacturXProfile.En16931, "EN16931");
        var xmp = Xmp(pdf);
        using var document = Open(pdf);

        Assert.Equal(document.Info.Title, xmp.Descendants(XName.Get("li", "http://www.w3.org/1999/02/22-rdf-syntax-ns#")).First().Value);
        Assert.Equal(document.Info.Producer, xmp.Descendants(XName.Get("Producer", "http://ns.adobe.com/pdf/1.3/")).Single().Value);
        Assert.Equal(document.Info.Creator, xmp.Descendants(XName.Get("CreatorTool", "http://ns.adobe.com/xap/1.0/")).Single().Value);
        var created = DateTimeOffset.Parse(xmp.Descendants(XName.Get("CreateDate", "http://ns.adobe.com/xap/1.0/")).Single().Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(document.Info.CreationDate.ToUniversalTime(), created.UtcDateTime);
    }

    [Fact]
    public void OutputIntent_IsGtsPdfa1WithAnRgbIccProfile()
    {
        using var document = Open(Write(FacturXProfile.En16931, "EN16931"));

        var intent = document.Internals.Catalog.Elements.GetArray("/OutputIntents")!.Elements.GetDictionary(0)!;
        var profile = (PdfDictionary)((PdfSharp.Pdf.Advanced.PdfReference)intent.Elements["/DestOutputProfile"]!).Value;

        Assert.Equal("/GTS_PDFA1", intent.Elements.GetName("/S"));
        Assert.Equal(3, profile.Elements.GetInteger("/N"));
        var icc = profile.Stream.UnfilteredValue;
        Assert.Equal("acsp", System.Text.Encoding.ASCII.GetString(icc, 36, 4));
        Assert.Equal("RGB ", System.Text.Encoding.ASCII.GetString(icc, 16, 4));
    }

    [Theory]
    [InlineData(FacturXProfile.Minimum, "MINIMUM", "/Data")]
    [InlineData(FacturXProfile.BasicWl, "BASIC WL", "/Data")]
    [InlineData(FacturXProfile.Basic, "BASIC", "/Alternative")]
    [InlineData(FacturXProfile.En16931, "EN16931", "/Alternative")]
    [InlineData(FacturXProfile.Extended, "EXTENDED", "/Alternative")]
    public void AssociatedFile_IsInTheCatalogAfWithTheProfilesRelationshipMimeTypeAndParams(FacturXProfile profile, string name, string relationship)
    {
        var xml = FacturXSamples.ForProfile(name);
        using var document = Open(FacturXWriter.Write(xml, profile));

        var catalog = document.Internals.Catalog;
        var spec = (PdfDictionary)((PdfSharp.Pdf.Advanced.PdfReference)catalog.Elements.GetArray("/AF")!.Elements[0]).Value;
        var file = (PdfDictionary)((PdfSharp.Pdf.Advanced.PdfReference)spec.Elements.GetDictionary("/EF")!.Elements["/F"]!).Value;

        Assert.Equal(relationship, spec.Elements.GetName("/AFRelationship"));
        Assert.Equal("factur-x.xml", spec.Elements.GetString("/F"));
        Assert.Equal("factur-x.xml", spec.Elements.GetString("/UF"));
        Assert.Equal("/text/xml", file.Elements.GetName("/Subtype"));
        Assert.Equal(xml.Length, file.Elements.GetDictionary("/Params")!.Elements.GetInteger("/Size"));
        Assert.True(file.Elements.GetDictionary("/Params")!.Elements.ContainsKey("/ModDate"));
        Assert.Equal(xml, file.Stream.UnfilteredValue);
        Assert.NotNull(catalog.Elements.GetDictionary("/Names")?.Elements.GetDictionary("/EmbeddedFiles"));
    }

    [Fact]
    public void Trailer_HasADocumentId()
    {
        var pdf = Write(FacturXProfile.En16931, "EN16931");

        var tail = System.Text.Encoding.Latin1.GetString(pdf, pdf.Length - 400, 400);

        Assert.Matches(@"/ID\s*\[\s*<[0-9A-Fa-f]{32}>\s*<[0-9A-Fa-f]{32}>\s*\]", tail[tail.LastIndexOf("trailer", StringComparison.Ordinal)..]);
    }

    [Fact]
    public void Qpdf_FindsNoErrorAndPdfdetach_ListsFacturXXml()
    {
        var path = Path.Combine(Path.GetTempPath(), "openchorus-facturx-" + Guid.NewGuid() + ".pdf");
        File.WriteAllBytes(path, Write(FacturXProfile.Extended, "EXTENDED"));
        try
        {
            var check = Tools.Run("qpdf", "--check", path);
            var list = Tools.Run("pdfdetach", "-list", path);

            Assert.True(check.ExitCode == 0, check.Output);
            Assert.Contains("No syntax or stream encoding errors", check.Output, StringComparison.Ordinal);
            Assert.Equal(0, list.ExitCode);
            Assert.Contains("1: factur-x.xml", list.Output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static byte[] Write(FacturXProfile profile, string name) => FacturXWriter.Write(FacturXSamples.ForProfile(name), profile);

    private static PdfDocument Open(byte[] pdf) => PdfReader.Open(new MemoryStream(pdf), PdfDocumentOpenMode.Import);

    private static XDocument Xmp(byte[] pdf)
    {
        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        Assert.True(document.TryGetXmpMetadata(out var metadata));
        return metadata.GetXDocument();
    }
}
