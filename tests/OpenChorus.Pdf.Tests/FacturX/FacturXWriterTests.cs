using System.Text;
using OpenChorus.Formats.Detection;
using OpenChorus.Formats.Writing;
using OpenChorus.Pdf.FacturX;
using OpenChorus.Pdf.Rendering;
using OpenChorus.Pdf.Tests.Samples;

namespace OpenChorus.Pdf.Tests.FacturX;

public class FacturXWriterTests
{
    public static TheoryData<FacturXProfile, string> Profiles => new()
    {
        { FacturXProfile.Minimum, "MINIMUM" },
        { FacturXProfile.BasicWl, "BASIC WL" },
        { FacturXProfile.Basic, "BASIC" },
        { FacturXProfile.En16931, "EN16931" },
        { FacturXProfile.Extended, "EXTENDED" },
    };

    [Theory]
    [MemberData(nameof(Profiles))]
    public void Write_EachProfile_OurDetectorSeesFacturXWithThatProfile(FacturXProfile profile, string name)
    {
        var result = FacturXWriter.WriteWithReport(FacturXSamples.ForProfile(name), profile);

        var detection = FormatDetector.Detect(result.Pdf);

        Assert.Empty(result.Problems);
        Assert.Equal(DocumentKind.FacturXPdf, detection.Kind);
        Assert.Equal(name, detection.Profile);
        Assert.Equal("factur-x.xml", detection.EmbeddedFileName);
        Assert.Contains("XMP conformance level " + profile.ConformanceLevel(), detection.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_PdfPigFindsTheAttachmentWithTheXmlUnchanged()
    {
        var xml = FacturXSamples.ForProfile("EN16931");

        using var document = UglyToad.PdfPig.PdfDocument.Open(FacturXWriter.Write(xml, FacturXProfile.En16931));

        Assert.True(document.Advanced.TryGetEmbeddedFiles(out var files));
        var file = Assert.Single(files);
        Assert.Equal("factur-x.xml", file.Name);
        Assert.Equal(xml, file.Bytes.ToArray());
    }

    [Fact]
    public void Write_ByDefault_PagesAreTheRenderingOfTheInvoice()
    {
        var text = PdfText.All(FacturXWriter.Write(FacturXSamples.ForProfile("EN16931"), FacturXProfile.En16931));

        Assert.Contains("F-2026-002", text, StringComparison.Ordinal);
        Assert.Contains("Conseil Martin SAS", text, StringComparison.Ordinal);
        Assert.Contains("1 200,00 €", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_AroundUserLayout_KeepsItsPagesAndReportsTheFontItDoesNotEmbed()
    {
        var result = FacturXWriter.WriteWithReport(FacturXSamples.ForProfile("EN16931"), FacturXProfile.En16931, LayoutSamples.WithUnembeddedFont());

        Assert.Contains("Ma mise en page", PdfText.All(result.Pdf), StringComparison.Ordinal);
        var problem = Assert.Single(result.Problems);
        Assert.Contains("Helvetica is not embedded", problem.English, StringComparison.Ordinal);
        Assert.Contains("la police Helvetica n'est pas incorporée", problem.French, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_AroundUserLayoutInCmyk_ReportsTheColourSpace()
    {
        var result = FacturXWriter.WriteWithReport(FacturXSamples.ForProfile("EN16931"), FacturXProfile.En16931, LayoutSamples.WithCmykColour());

        Assert.Contains(result.Problems, p => p.French.Contains("CMJN", StringComparison.Ordinal) && p.English.Contains("DeviceCMYK", StringComparison.Ordinal));
    }

    [Fact]
    public void Write_AroundUserLayoutWithEmbeddedFonts_ReportsNothing()
    {
        var layout = InvoiceRenderer.Render(InvoiceSamples.WithLines(3), Language.English);

        var result = FacturXWriter.WriteWithReport(FacturXSamples.ForProfile("EN16931"), FacturXProfile.En16931, layout);

        Assert.Empty(result.Problems);
        Assert.Contains("INVOICE", PdfText.All(result.Pdf), StringComparison.Ordinal);
    }

    [Fact]
    public void Write_ProfileOtherThanBt24_IsReported()
    {
        var result = FacturXWriter.WriteWithReport(FacturXSamples.ForProfile("EN16931"), FacturXProfile.Basic);

        Assert.Contains(result.Problems, p => p.French.Contains("BT-24", StringComparison.Ordinal) && p.English.Contains("BT-24", StringComparison.Ordinal));
    }

    [Fact]
    public void Write_SellerNameWithMarkup_KeepsTheXmpWellFormed()
    {
        var xml = Encoding.UTF8.GetString(FacturXSamples.ForProfile("EN16931"))
            .Replace("<ram:Name>Conseil Martin SAS</ram:Name>", "<ram:Name>Martin &amp; Fils &lt;SAS&gt;</ram:Name>", StringComparison.Ordinal);

        using var document = UglyToad.PdfPig.PdfDocument.Open(FacturXWriter.Write(Encoding.UTF8.GetBytes(xml), FacturXProfile.En16931));

        Assert.True(document.TryGetXmpMetadata(out var metadata));
        Assert.Contains("Martin & Fils <SAS>", metadata.GetXDocument().Root!.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_NotCii_Throws() =>
        Assert.Throws<FacturXException>(() => FacturXWriter.Write(Encoding.UTF8.GetBytes("<Invoice/>"), FacturXProfile.En16931));

    [Fact]
    public void Write_EncryptedLayout_IsRefused()
    {
        using var encrypted = PdfSharp.Pdf.IO.PdfReader.Open(new MemoryStream(InvoiceRenderer.Render(InvoiceSamples.WithLines(1))), PdfSharp.Pdf.IO.PdfDocumentOpenMode.Modify);
        encrypted.SecuritySettings.UserPassword = "secret";
        using var saved = new MemoryStream();
        encrypted.Save(saved);

        var error = Assert.Throws<FacturXException>(() => FacturXWriter.Write(FacturXSamples.ForProfile("EN16931"), FacturXProfile.En16931, saved.ToArray()));

        Assert.Contains("encrypted", error.Message, StringComparison.Ordinal);
        Assert.Contains("chiffré", error.French, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_DamagedLayout_Throws() =>
        Assert.Throws<FacturXException>(() => FacturXWriter.Write(FacturXSamples.ForProfile("EN16931"), FacturXProfile.En16931, "%PDF-1.7 broken"u8.ToArray()));
}
