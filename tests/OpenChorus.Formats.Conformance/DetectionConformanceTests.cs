using OpenChorus.Formats.Detection;

namespace OpenChorus.Formats.Conformance;

/// <summary>Detection by content on every corpus file outside unit/: kind and Factur-X profile as verdicts.csv states them.</summary>
public class DetectionConformanceTests(ITestOutputHelper output)
{
    [Fact]
    public void Detect_EveryCorpusFile_GivesTheKindAndProfileOfVerdicts()
    {
        var corpus = Corpus.Root();
        var rows = Csv.ReadCsv(Path.Combine(corpus, "verdicts.csv")).Where(r => !r["file"].StartsWith("unit/", StringComparison.Ordinal));
        var failures = new List<string>();
        foreach (var row in rows)
        {
            var path = row["file"].Split('#')[0];
            var detection = FormatDetector.Detect(File.ReadAllBytes(Path.Combine(corpus, path)));
            var expectedKind = ExpectedKind(path, row["syntax"]);
            var expectedProfile = row["profile"] switch
            {
                "" => null,
                "OTHER" => "ZUGFERD 1.0",
                var profile => profile,
            };
            var profileAgrees = expectedKind is DocumentKind.ZugferdV1Pdf or DocumentKind.ZugferdV1Xml
                ? detection.Profile?.StartsWith("ZUGFERD 1.0", StringComparison.Ordinal) == true
                : !path.EndsWith(".pdf", StringComparison.Ordinal) || detection.Profile == expectedProfile;
            if (detection.Kind != expectedKind || !profileAgrees)
            {
                failures.Add($"{row["file"]}: expected {expectedKind} {expectedProfile}, got {detection.Kind} {detection.Profile} ({detection.Reason})");
            }
        }

        output.WriteLine(string.Join('\n', failures));
        Assert.Empty(failures);
    }

    [Fact]
    public void Detect_PdfsWithoutInvoice_ArePlainPdfs()
    {
        var folder = Path.Combine(Corpus.Root(), "pdf-plain");
        var plain = Directory.EnumerateFiles(folder, "*.pdf", SearchOption.AllDirectories)
            .Where(f => !f.Contains("order-x", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(plain);
        Assert.All(plain, f => Assert.Equal(DocumentKind.PlainPdf, FormatDetector.Detect(File.ReadAllBytes(f)).Kind));
    }

    private static DocumentKind ExpectedKind(string path, string syntax)
    {
        var pdf = path.EndsWith(".pdf", StringComparison.Ordinal);
        return syntax switch
        {
            _ when path.StartsWith("invalid/", StringComparison.Ordinal) => DocumentKind.NotWellFormedXml,
            "UBL-Invoice" => DocumentKind.UblInvoice,
            "UBL-CreditNote" => DocumentKind.UblCreditNote,
            "CII" => pdf ? DocumentKind.FacturXPdf : DocumentKind.Cii,
            _ when syntax.Contains("urn:ferd:", StringComparison.Ordinal) => pdf ? DocumentKind.ZugferdV1Pdf : DocumentKind.ZugferdV1Xml,
            _ when syntax.Contains("SCRDMCCBDACIOMessageStructure", StringComparison.Ordinal) => DocumentKind.OrderXPdf,
            _ => DocumentKind.Unknown,
        };
    }
}
