using OpenChorus.Formats.Model;
using OpenChorus.Formats.Tests.Samples;
using OpenChorus.Formats.Tests.Validation;

namespace OpenChorus.Formats.Tests.Ubl;

/// <summary>BT-125 (attached document, its MIME code and file name) and BT-158-2 (classification scheme version) in UBL.</summary>
public class UblAttachmentAndClassificationTests
{
    [Fact]
    public void Read_EmbeddedDocument_DecodesContentWithMimeCodeAndFileName()
    {
        var xml = UblSamples.With("<cac:AccountingSupplierParty>", """
            <cac:AdditionalDocumentReference>
              <cbc:ID>TS-1</cbc:ID>
              <cbc:DocumentDescription>Relevé</cbc:DocumentDescription>
              <cac:Attachment>
                <cbc:EmbeddedDocumentBinaryObject mimeCode="text/csv" filename="releve.csv">YSxiCjEsMgo=</cbc:EmbeddedDocumentBinaryObject>
              </cac:Attachment>
            </cac:AdditionalDocumentReference>
            <cac:AccountingSupplierParty>
            """);

        var document = Validate.Xml(xml).Invoice!.AdditionalDocuments.Single();

        Assert.Equal("a,b\n1,2\n"u8.ToArray(), document.AttachmentContent);
        Assert.Equal("text/csv", document.AttachmentMimeCode);
        Assert.Equal("releve.csv", document.AttachmentFileName);
    }

    [Fact]
    public void Read_EmbeddedDocumentNotBase64_LeavesContentEmpty()
    {
        var xml = UblSamples.With("<cac:AccountingSupplierParty>", """
            <cac:AdditionalDocumentReference>
              <cbc:ID>TS-1</cbc:ID>
              <cac:Attachment><cbc:EmbeddedDocumentBinaryObject mimeCode="text/csv" filename="a.csv">@@@</cbc:EmbeddedDocumentBinaryObject></cac:Attachment>
            </cac:AdditionalDocumentReference>
            <cac:AccountingSupplierParty>
            """);

        Assert.Null(Validate.Xml(xml).Invoice!.AdditionalDocuments.Single().AttachmentContent);
    }

    [Fact]
    public void Read_ItemClassification_KeepsSchemeAndVersion()
    {
        var xml = UblSamples.With("<cbc:Name>Chaise</cbc:Name>", """
            <cbc:Name>Chaise</cbc:Name>
            <cac:CommodityClassification>
              <cbc:ItemClassificationCode listID="STI" listVersionID="19.05.01">65432</cbc:ItemClassificationCode>
            </cac:CommodityClassification>
            """);

        var classification = Validate.Xml(xml).Invoice!.Lines[0].Item.Classifications.Single();

        Assert.Equal(new Identifier("65432", "STI", "19.05.01"), classification);
    }
}
