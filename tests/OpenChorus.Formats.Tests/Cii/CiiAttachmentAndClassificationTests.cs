using OpenChorus.Formats.Model;
using OpenChorus.Formats.Tests.Samples;
using OpenChorus.Formats.Tests.Validation;

namespace OpenChorus.Formats.Tests.Cii;

/// <summary>BT-125 (attached document, its MIME code and file name) and BT-158-2 (classification scheme version) in CII.</summary>
public class CiiAttachmentAndClassificationTests
{
    [Fact]
    public void Read_AttachmentBinaryObject_DecodesContentWithMimeCodeAndFileName()
    {
        var xml = CiiSamples.With("</ram:ApplicableHeaderTradeAgreement>", """
              <ram:AdditionalReferencedDocument>
                <ram:IssuerAssignedID>TS-1</ram:IssuerAssignedID>
                <ram:TypeCode>916</ram:TypeCode>
                <ram:Name>Relevé</ram:Name>
                <ram:AttachmentBinaryObject mimeCode="text/csv" filename="releve.csv">YSxiCjEsMgo=</ram:AttachmentBinaryObject>
              </ram:AdditionalReferencedDocument>
            </ram:ApplicableHeaderTradeAgreement>
            """);

        var document = Validate.Xml(xml).Invoice!.AdditionalDocuments.Single();

        Assert.Equal("a,b\n1,2\n"u8.ToArray(), document.AttachmentContent);
        Assert.Equal("text/csv", document.AttachmentMimeCode);
        Assert.Equal("releve.csv", document.AttachmentFileName);
    }

    [Fact]
    public void Read_ProductClassification_KeepsSchemeAndVersion()
    {
        var xml = CiiSamples.With("<ram:Name>Conseil</ram:Name>", """
            <ram:Name>Conseil</ram:Name>
            <ram:DesignatedProductClassification>
              <ram:ClassCode listID="STI" listVersionID="19.05.01">65432</ram:ClassCode>
            </ram:DesignatedProductClassification>
            """);

        var classification = Validate.Xml(xml).Invoice!.Lines[0].Item.Classifications.Single();

        Assert.Equal(new Identifier("65432", "STI", "19.05.01"), classification);
    }
}
