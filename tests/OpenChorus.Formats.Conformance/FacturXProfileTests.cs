using System.Xml;
using System.Xml.Schema;
using OpenChorus.Formats.Validation;
using OpenChorus.Formats.Writing;

namespace OpenChorus.Formats.Conformance;

/// <summary>
/// The CII written in each Factur-X profile, for every officially valid corpus document, is valid against that
/// profile's Factur-X 1.08 XSD (from the oracle's artefacts): the writer leaves out what the profile does not carry.
/// </summary>
public class FacturXProfileTests(RoundTripFixture fixture, ITestOutputHelper output) : IClassFixture<RoundTripFixture>
{
    public static TheoryData<string> ProfileNames => ["MINIMUM", "BASIC-WL", "BASIC", "EN16931", "EXTENDED"];

    [Theory]
    [MemberData(nameof(ProfileNames))]
    public void WriteCii_EveryValidDocument_PassesTheProfileXsd(string name)
    {
        var profile = FacturXProfiles.Parse(name)!.Value;
        var schemas = Schemas(name);
        var failures = new List<string>();
        foreach (var roundTrip in fixture.Run.Cases)
        {
            var invoice = InvoiceValidator.Validate(roundTrip.Own.Xml).Invoice!;
            var error = XsdError(CiiInvoiceWriter.Write(invoice, profile, out _), schemas);
            if (error is not null)
            {
                failures.Add(roundTrip.File + ": " + error);
            }
        }

        output.WriteLine($"{name}: {fixture.Run.Cases.Count - failures.Count} of {fixture.Run.Cases.Count} valid against the profile XSD");
        Assert.True(failures.Count == 0, string.Join('\n', failures.Take(20)));
    }

    private static XmlSchemaSet Schemas(string name)
    {
        var path = Path.Combine(OracleRun.Folder(), "artefacts", "xsd", "facturx-1.08", name, $"FACTUR-X_{name}.xsd");
        var schemas = new XmlSchemaSet { XmlResolver = new XmlUrlResolver() };
        schemas.Add(null, path);
        schemas.Compile();
        return schemas;
    }

    private static string? XsdError(byte[] xml, XmlSchemaSet schemas)
    {
        string? error = null;
        var settings = new XmlReaderSettings { ValidationType = ValidationType.Schema, Schemas = schemas };
        settings.ValidationEventHandler += (_, e) => error ??= $"line {e.Exception.LineNumber}: {e.Message}";
        using var reader = XmlReader.Create(new MemoryStream(xml), settings);
        while (reader.Read())
        {
        }

        return error;
    }
}
