using System.Text.RegularExpressions;
using OpenChorus.Formats.Detection;
using OpenChorus.Formats.FacturX;
using OpenChorus.Formats.Model;
using OpenChorus.Formats.Validation;
using OpenChorus.Formats.Writing;
using OpenChorus.Pdf.FacturX;
using OpenChorus.Pdf.Rendering;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace OpenChorus.Formats.Conformance;

/// <summary>
/// Rendering and Factur-X writing on real invoices: a deterministic sample of valid corpus invoices rendered and
/// their text read back with PdfPig; valid EN16931 and EXTENDED CII invoices written as Factur-X and read back.
/// </summary>
public partial class PdfConformanceTests(ITestOutputHelper output)
{
    [Fact]
    public void Render_SampleOfValidCorpusInvoices_TextHoldsNumberPartiesIdentifiersLineAmountsAndTotals()
    {
        var corpus = Corpus.Root();
        var sample = ValidRows(corpus).Where((_, i) => i % 5 == 0).ToList();
        var failures = new List<string>();
        foreach (var file in sample)
        {
            var invoice = InvoiceValidator.Validate(File.ReadAllBytes(Path.Combine(corpus, file))).Invoice!;
            var text = Normalize(PageText(InvoiceRenderer.Render(invoice)));
            var missing = Expected(invoice).Where(e => !text.Contains(Normalize(e), StringComparison.Ordinal)).ToList();
            if (missing.Count > 0)
            {
                failures.Add(file + ": missing " + string.Join(" | ", missing));
            }
        }

        output.WriteLine($"{sample.Count} invoices rendered, {failures.Count} with missing text\n" + string.Join('\n', failures));
        Assert.True(sample.Count >= 100, "sample too small: " + sample.Count);
        Assert.Empty(failures);
    }

    [Fact]
    public void FacturX_ValidEn16931AndExtendedCii_ReadBackWithTheirProfileAndStillValid()
    {
        var corpus = Corpus.Root();
        var rows = Csv.ReadCsv(Path.Combine(corpus, "verdicts.csv")).Where(r =>
            r["valid"] == "true" && r["profile"] is "EN16931" or "EXTENDED" && r["file"].Split('/')[0] is "cii" or "facturx").ToList();
        var failures = new List<string>();
        foreach (var row in rows)
        {
            var xml = CiiXml(corpus, row["file"]);
            var profile = FacturXProfiles.FromName(row["profile"])!.Value;
            var pdf = FacturXWriter.Write(xml, profile);
            var report = InvoiceValidator.Validate(pdf);
            var embedded = PdfAttachments.Read(pdf).InvoiceXml()?.Value;
            if (report.Detection.Kind != DocumentKind.FacturXPdf || report.Detection.Profile != row["profile"] ||
                report.Verdict != Verdict.Valid || embedded is null || !embedded.AsSpan().SequenceEqual(xml))
            {
                failures.Add($"{row["file"]}: {report.Detection.Kind} {report.Detection.Profile} {report.Verdict} {string.Join(',', report.FatalRuleIds)}");
            }
        }

        output.WriteLine($"{rows.Count} Factur-X written, {failures.Count} failures\n" + string.Join('\n', failures));
        Assert.True(rows.Count >= 100, "too few EN16931/EXTENDED invoices: " + rows.Count);
        Assert.Empty(failures);
    }

    /// <summary>Valid invoices of the corpus (XML and Factur-X), sorted by path.</summary>
    private static List<string> ValidRows(string corpus) => Csv.ReadCsv(Path.Combine(corpus, "verdicts.csv"))
        .Where(r => r["valid"] == "true" && r["file"].Split('/')[0] is "cii" or "ubl" or "facturx")
        .Select(r => r["file"].Split('#')[0]).Distinct().Order(StringComparer.Ordinal).ToList();

    private static byte[] CiiXml(string corpus, string file)
    {
        var parts = file.Split('#');
        var content = File.ReadAllBytes(Path.Combine(corpus, parts[0]));
        return parts.Length == 1 ? content : PdfAttachments.Read(content).InvoiceXml()!.Value.Value;
    }

    private static IEnumerable<string> Expected(Invoice invoice)
    {
        var texts = new List<string?> { invoice.Number, invoice.Seller?.Name, invoice.Buyer?.Name };
        foreach (var party in new[] { invoice.Seller, invoice.Buyer }.OfType<Party>())
        {
            texts.Add(party.VatId);
            texts.Add(party.LegalRegistrationId?.Value);
            texts.AddRange(party.Identifiers.Select(i => i.Value));
        }

        texts.AddRange(invoice.Lines.Select(l => l.NetAmount is { } net ? ValueFormat.Amount(net, Language.French) : null));
        var totals = invoice.Totals;
        texts.AddRange(new[] { totals?.TaxExclusiveAmount, totals?.TaxInclusiveAmount, totals?.PayableAmount }
            .Select(t => t is { } amount ? ValueFormat.Money(amount, invoice.CurrencyCode, Language.French) : null));
        return texts.OfType<string>().Where(t => !string.IsNullOrWhiteSpace(t)).Distinct();
    }

    private static string PageText(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        // Content order: the words of side-by-side boxes (seller, buyer) are not interleaved line by line.
        return string.Join(" ", document.GetPages().Select(p => ContentOrderTextExtractor.GetText(p)));
    }

    private static string Normalize(string text) => Spaces().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
