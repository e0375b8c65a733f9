using OpenChorus.Formats.Model;
using OpenChorus.Formats.Tests.Samples;
using OpenChorus.Formats.Tests.Validation;

namespace OpenChorus.Formats.Tests.Cii;

public class CiiInvoiceReaderTests
{
    [Fact]
    public void Read_CiiSample_FillsTerms()
    {
        var invoice = Validate.Xml(CiiSamples.Invoice).Invoice!;

        Assert.Equal(InvoiceSyntax.Cii, invoice.Syntax);
        Assert.Equal("F-2026-002", invoice.Number);
        Assert.Equal(new DateOnly(2026, 3, 15), invoice.IssueDate);
        Assert.Equal(new DateOnly(2026, 4, 14), invoice.DueDate);
        Assert.Equal("urn:cen.eu:en16931:2017", invoice.SpecificationId);
        Assert.Equal("FR32123456789", invoice.Seller!.VatId);
        Assert.Equal("FR", invoice.Buyer!.Address!.CountryCode);
        Assert.Equal(1200.00m, invoice.Totals!.TaxInclusiveAmount);
        Assert.Equal(200.00m, invoice.VatBreakdowns.Single().TaxAmount);
    }

    [Fact]
    public void Read_CiiLine_FillsQuantityPriceAndCategory()
    {
        var line = Validate.Xml(CiiSamples.Invoice).Invoice!.Lines.Single();

        Assert.Equal("1", line.Id);
        Assert.Equal(2m, line.Quantity);
        Assert.Equal("DAY", line.QuantityUnitCode);
        Assert.Equal(500.00m, line.Price.NetPrice);
        Assert.Equal("S", line.VatCategoryCode);
        Assert.Equal(20m, line.VatRate);
        Assert.Equal("Conseil", line.Item.Name);
    }

    [Fact]
    public void Read_FacturXPdf_ReadsTheEmbeddedInvoice()
    {
        var report = OpenChorus.Formats.Validation.InvoiceValidator.Validate(PdfSamples.WithEmbeddedXml("factur-x.xml", CiiSamples.Invoice, "EN 16931"));

        Assert.Equal(OpenChorus.Formats.Validation.Verdict.Valid, report.Verdict);
        Assert.Equal("F-2026-002", report.Invoice!.Number);
    }
}
