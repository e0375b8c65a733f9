using OpenChorus.Pdf.Rendering;
using OpenChorus.Pdf.Tests.Samples;
using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;

namespace OpenChorus.Pdf.Tests.Rendering;

public class InvoiceRendererTests
{
    [Fact]
    public void Render_TenLines_TextHoldsNumberPartiesIdentifiersLineAmountsAndTotals()
    {
        var invoice = InvoiceSamples.WithLines(10);

        var text = PdfText.All(InvoiceRenderer.Render(invoice));

        Assert.Contains("FACTURE", text, StringComparison.Ordinal);
        Assert.Contains("F-2026-0042", text, StringComparison.Ordinal);
        Assert.Contains("Conseil Martin SAS", text, StringComparison.Ordinal);
        Assert.Contains("Commune d'Exemple", text, StringComparison.Ordinal);
        Assert.Contains("SIREN : 123456789", text, StringComparison.Ordinal);
        Assert.Contains("SIRET : 12345678900017", text, StringComparison.Ordinal);
        Assert.Contains("SIRET : 21690123400019", text, StringComparison.Ordinal);
        Assert.Contains("N° TVA intracommunautaire : FR32123456789", text, StringComparison.Ordinal);
        foreach (var line in invoice.Lines)
        {
            Assert.Contains(ValueFormat.Amount(line.NetAmount!.Value, Language.French), text, StringComparison.Ordinal);
        }

        Assert.Contains("Total HT " + ValueFormat.Money(invoice.Totals!.TaxExclusiveAmount!.Value, "EUR", Language.French), text, StringComparison.Ordinal);
        Assert.Contains("Total TTC " + ValueFormat.Money(invoice.Totals.TaxInclusiveAmount!.Value, "EUR", Language.French), text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_French_ShowsChorusProReferencesDatesAndLegalMentions()
    {
        var text = PdfText.All(InvoiceRenderer.Render(InvoiceSamples.WithLines(1)));

        Assert.Contains("Code service : SERVICE-42", text, StringComparison.Ordinal);
        Assert.Contains("N° d'engagement : EJ-2026-777", text, StringComparison.Ordinal);
        Assert.Contains("Contrat : MARCHE-2025-12", text, StringComparison.Ordinal);
        Assert.Contains("Date d'émission : 15/03/2026", text, StringComparison.Ordinal);
        Assert.Contains("Date d'échéance : 14/04/2026", text, StringComparison.Ordinal);
        Assert.Contains("Conditions de paiement : 30 jours fin de mois", text, StringComparison.Ordinal);
        Assert.Contains("IBAN : FR7630006000011234567890189", text, StringComparison.Ordinal);
        Assert.Contains("Pénalités de retard", text, StringComparison.Ordinal);
        Assert.Contains("Indemnité forfaitaire pour frais de recouvrement : 40 €", text, StringComparison.Ordinal);
        Assert.Contains("PU HT", text, StringComparison.Ordinal);
        Assert.Contains("Montant HT", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_English_UsesEnglishLabelsAndNumbers()
    {
        var text = PdfText.All(InvoiceRenderer.Render(InvoiceSamples.WithLines(2), Language.English));

        Assert.Contains("INVOICE", text, StringComparison.Ordinal);
        Assert.Contains("Issue date: 15/03/2026", text, StringComparison.Ordinal);
        Assert.Contains("2,469.00", text, StringComparison.Ordinal);
        Assert.Contains("Total with VAT", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_CreditNote_IsTitledAvoir()
    {
        var text = PdfText.All(InvoiceRenderer.Render(InvoiceSamples.WithLines(1) with { TypeCode = "381" }));

        Assert.Contains("AVOIR", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_TwoHundredLines_PaginatesWithRepeatedHeaderAndPageNumbers()
    {
        var invoice = InvoiceSamples.WithLines(200);

        var pages = PdfText.Pages(InvoiceRenderer.Render(invoice));

        Assert.True(pages.Count >= 4, "200 lines should take several pages, got " + pages.Count);
        for (var i = 0; i < pages.Count; i++)
        {
            Assert.Contains($"Page {i + 1}/{pages.Count}", pages[i], StringComparison.Ordinal);
            Assert.Contains("FACTURE N° F-2026-0042", pages[i], StringComparison.Ordinal);
            Assert.Equal(i > 0, pages[i].Contains("FACTURE N° F-2026-0042 (suite)", StringComparison.Ordinal));
        }

        var linePages = pages.Where(p => p.Contains("Prestation de conseil", StringComparison.Ordinal)).ToList();
        Assert.True(linePages.Count >= 3);
        Assert.All(linePages, page => Assert.Contains("Désignation Qté Unité PU HT TVA Montant HT", page, StringComparison.Ordinal));
        var all = string.Join("\n", pages);
        Assert.All(invoice.Lines, line => Assert.Contains(ValueFormat.Amount(line.NetAmount!.Value, Language.French), all, StringComparison.Ordinal));
    }

    [Fact]
    public void Render_EmbedsEveryFontWithItsFontFile()
    {
        using var document = PdfReader.Open(new MemoryStream(InvoiceRenderer.Render(InvoiceSamples.WithLines(3))), PdfDocumentOpenMode.Import);

        var descriptors = document.Internals.GetAllObjects().OfType<PdfDictionary>()
            .Where(d => d.Elements.GetName("/Type") == "/FontDescriptor").ToList();

        Assert.NotEmpty(descriptors);
        Assert.All(descriptors, d => Assert.True(d.Elements.ContainsKey("/FontFile2"), "font descriptor without FontFile2"));
    }

    [Fact]
    public void Render_IsAValidPdfForQpdf()
    {
        var path = Path.Combine(Path.GetTempPath(), "openchorus-render-" + Guid.NewGuid() + ".pdf");
        File.WriteAllBytes(path, InvoiceRenderer.Render(InvoiceSamples.WithLines(30)));
        try
        {
            var result = Tools.Run("qpdf", "--check", path);

            Assert.Equal(0, result.ExitCode);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData(1234.56, "1 234,56 €")]
    [InlineData(-0.5, "-0,50 €")]
    [InlineData(1000000, "1 000 000,00 €")]
    [InlineData(12.3456, "12,3456 €")]
    public void Money_French_GroupsThousandsWithSpacesAndUsesDecimalComma(decimal value, string expected) =>
        Assert.Equal(expected, ValueFormat.Money(value, "EUR", Language.French));
}
