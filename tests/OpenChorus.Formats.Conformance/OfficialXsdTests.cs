using OpenChorus.Formats.Validation;

namespace OpenChorus.Formats.Conformance;

/// <summary>
/// ValidationOptions.XsdFolder with the real official XSDs (the oracle's artefacts, OPENCHORUS_XSD_FOLDER or
/// ../tools/en16931-oracle/artefacts/xsd beside the corpus): our XSD-SCHEMA verdict matches the official xsd_valid.
/// </summary>
public class OfficialXsdTests
{
    [Fact]
    public void XsdFolder_OfficialSchemas_GiveTheOfficialXsdVerdict()
    {
        var corpus = Corpus.Root();
        var folder = Environment.GetEnvironmentVariable(ValidationOptions.XsdFolderVariable) is { Length: > 0 } set
            ? set
            : Path.GetFullPath(Path.Combine(corpus, "..", "tools", "en16931-oracle", "artefacts", "xsd"));
        Assert.True(Directory.Exists(folder), "no official XSD folder at " + folder);
        var options = new ValidationOptions { XsdFolder = folder };

        var disagreements = Csv.ReadCsv(Path.Combine(corpus, "verdicts.csv"))
            .Where(row => row["xsd_valid"] is "true" or "false" && !row["file"].StartsWith("invalid/", StringComparison.Ordinal))
            .Select(row => (row["file"], Official: row["xsd_valid"] == "true",
                Ours: !InvoiceValidator.Validate(File.ReadAllBytes(Path.Combine(corpus, row["file"].Split('#')[0])), options).Violations.Any(v => v.RuleId == "XSD-SCHEMA")))
            .Where(d => d.Official != d.Ours)
            .Select(d => $"{d.Item1}: official {(d.Official ? "valid" : "invalid")}")
            .ToList();

        Assert.True(disagreements.Count == 0, "XSD verdicts differ:\n" + string.Join('\n', disagreements.Take(30)));
    }
}
