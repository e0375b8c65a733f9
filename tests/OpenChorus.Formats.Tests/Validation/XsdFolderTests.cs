using System.Text;
using System.Xml;
using OpenChorus.Formats.Tests.Samples;
using OpenChorus.Formats.Validation;
using OpenChorus.Formats.Validation.Schemas;

namespace OpenChorus.Formats.Tests.Validation;

/// <summary>ValidationOptions.XsdFolder: XSDs an operator supplies are applied as well (XSD-SCHEMA), loaded safely.</summary>
public sealed class XsdFolderTests : IDisposable
{
    private const string Schema = """
        <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2" elementFormDefault="qualified">
          <xs:element name="Invoice">
            <xs:complexType>
              <xs:sequence><xs:any processContents="skip" minOccurs="0" maxOccurs="unbounded"/></xs:sequence>
              <xs:attribute name="version" use="USE"/>
            </xs:complexType>
          </xs:element>
        </xs:schema>
        """;

    private readonly string _folder = Directory.CreateTempSubdirectory("openchorus-xsd-").FullName;

    [Fact]
    public void Validate_DocumentBreakingTheSuppliedSchema_ReportsXsdSchemaWithItsLine()
    {
        WriteSchema("UBL-Invoice-2.1.xsd", Schema.Replace("USE", "required", StringComparison.Ordinal));

        var report = InvoiceValidator.Validate(Encoding.UTF8.GetBytes(UblSamples.Invoice), new ValidationOptions { XsdFolder = _folder });

        var violation = Assert.Single(report.Violations, v => v.RuleId == "XSD-SCHEMA");
        Assert.Equal(Severity.Fatal, violation.Severity);
        Assert.Equal("/Invoice", violation.XPath);
        Assert.Equal(2, violation.Line);
        Assert.Contains("version", violation.MessageEn, StringComparison.Ordinal);
        Assert.StartsWith("Le document n'est pas valide selon le schéma officiel", violation.MessageFr, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_DocumentMeetingTheSuppliedSchema_HasNoXsdSchemaViolation()
    {
        WriteSchema("maindoc/UBL-Invoice-2.1.xsd", Schema.Replace("USE", "optional", StringComparison.Ordinal));

        var report = InvoiceValidator.Validate(Encoding.UTF8.GetBytes(UblSamples.Invoice), new ValidationOptions { XsdFolder = _folder });

        Assert.DoesNotContain(report.Violations, v => v.RuleId == "XSD-SCHEMA");
        Assert.Equal(Verdict.Valid, report.Verdict);
    }

    [Fact]
    public void Validate_WithoutOptions_DoesNotApplyAnySchema()
    {
        Assert.Equal(Verdict.Valid, InvoiceValidator.Validate(Encoding.UTF8.GetBytes(UblSamples.Invoice)).Verdict);
    }

    [Fact]
    public void Validate_FolderWithoutSchemas_FailsClearly()
    {
        var error = Assert.Throws<InvalidOperationException>(() =>
            InvoiceValidator.Validate(Encoding.UTF8.GetBytes(UblSamples.Invoice), new ValidationOptions { XsdFolder = _folder }));

        Assert.Contains("UBL-Invoice-2.1.xsd", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_SchemaRelyingOnItsDtd_IsRefusedAsTheDtdIsNeverProcessed()
    {
        WriteSchema("UBL-Invoice-2.1.xsd", "<!DOCTYPE xs:schema [<!ENTITY use \"optional\">]>" + Schema.Replace("USE", "&use;", StringComparison.Ordinal));

        Assert.ThrowsAny<XmlException>(() => OfficialSchemas.For(_folder));
    }

    [Fact]
    public void Resolver_FileOutsideTheFolder_IsRefused()
    {
        var resolver = new FolderXmlResolver(_folder);
        var outside = new Uri(Path.Combine(Path.GetTempPath(), "outside.xsd"));

        Assert.Throws<XmlException>(() => resolver.GetEntity(outside, null, typeof(Stream)));
        Assert.Throws<XmlException>(() => resolver.GetEntity(new Uri("http://example.org/schema.xsd"), null, typeof(Stream)));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private void WriteSchema(string relativePath, string text)
    {
        var path = Path.Combine(_folder, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }
}
