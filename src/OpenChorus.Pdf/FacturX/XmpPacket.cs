using System.Globalization;
using System.Security;
using OpenChorus.Formats.Writing;

namespace OpenChorus.Pdf.FacturX;

/// <summary>
/// The XMP metadata of a Factur-X PDF/A-3b: pdfaid part 3 conformance B, the document facts that must match the
/// info dictionary (title, author, producer, creator tool, dates), the fx: Factur-X properties and the PDF/A
/// extension schema that declares them.
/// </summary>
internal static class XmpPacket
{
    public const string FacturXNamespace = "urn:factur-x:pdfa:CrossIndustryDocument:invoice:1p0#";

    public static string Write(FacturXProfile profile, DocumentFacts facts) => $"""
        <?xpacket begin="{'\uFEFF'}" id="W5M0MpCehiHzreSzNTczkc9d"?>
        <x:xmpmeta xmlns:x="adobe:ns:meta/">
         <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
          <rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">
           <pdfaid:part>3</pdfaid:part>
           <pdfaid:conformance>B</pdfaid:conformance>
          </rdf:Description>
          <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
           <dc:format>application/pdf</dc:format>
           <dc:title><rdf:Alt><rdf:li xml:lang="x-default">{Escape(facts.Title)}</rdf:li></rdf:Alt></dc:title>
           <dc:creator><rdf:Seq><rdf:li>{Escape(facts.Author)}</rdf:li></rdf:Seq></dc:creator>
          </rdf:Description>
          <rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
           <pdf:Producer>{Escape(facts.Producer)}</pdf:Producer>
          </rdf:Description>
          <rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">
           <xmp:CreatorTool>{Escape(facts.Creator)}</xmp:CreatorTool>
           <xmp:CreateDate>{Date(facts.Created)}</xmp:CreateDate>
           <xmp:ModifyDate>{Date(facts.Created)}</xmp:ModifyDate>
           <xmp:MetadataDate>{Date(facts.Created)}</xmp:MetadataDate>
          </rdf:Description>
          <rdf:Description rdf:about="" xmlns:fx="{FacturXNamespace}">
           <fx:DocumentType>INVOICE</fx:DocumentType>
           <fx:DocumentFileName>factur-x.xml</fx:DocumentFileName>
           <fx:Version>1.0</fx:Version>
           <fx:ConformanceLevel>{profile.ConformanceLevel()}</fx:ConformanceLevel>
          </rdf:Description>
          <rdf:Description rdf:about="" xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/"
            xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#" xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
           <pdfaExtension:schemas>
            <rdf:Bag>
             <rdf:li rdf:parseType="Resource">
              <pdfaSchema:schema>Factur-X PDFA Extension Schema</pdfaSchema:schema>
              <pdfaSchema:namespaceURI>{FacturXNamespace}</pdfaSchema:namespaceURI>
              <pdfaSchema:prefix>fx</pdfaSchema:prefix>
              <pdfaSchema:property>
               <rdf:Seq>
        {Property("DocumentFileName", "The name of the embedded XML document")}
        {Property("DocumentType", "The type of the hybrid document in capital letters, e.g. INVOICE or ORDER")}
        {Property("Version", "The actual version of the standard applying to the embedded XML document")}
        {Property("ConformanceLevel", "The conformance level of the embedded XML document")}
               </rdf:Seq>
              </pdfaSchema:property>
             </rdf:li>
            </rdf:Bag>
           </pdfaExtension:schemas>
          </rdf:Description>
         </rdf:RDF>
        </x:xmpmeta>
        <?xpacket end="w"?>
        """;

    private static string Property(string name, string description) => $"""
                <rdf:li rdf:parseType="Resource">
                 <pdfaProperty:name>{name}</pdfaProperty:name>
                 <pdfaProperty:valueType>Text</pdfaProperty:valueType>
                 <pdfaProperty:category>external</pdfaProperty:category>
                 <pdfaProperty:description>{description}</pdfaProperty:description>
                </rdf:li>
        """;

    private static string Date(DateTimeOffset date) => date.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    private static string Escape(string text) => SecurityElement.Escape(text);
}

/// <summary>The document facts written both in the info dictionary and in the XMP, which PDF/A requires to agree.</summary>
internal sealed record DocumentFacts(string Title, string Author, string Creator, string Producer, DateTimeOffset Created);
