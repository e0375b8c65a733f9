using OpenChorus.Formats.Model;
using OpenChorus.Formats.Tests.Samples;
using OpenChorus.Formats.Tests.Validation;

namespace OpenChorus.Formats.Tests.Ubl;

public class UblInvoiceReaderTests
{
    [Fact]
    public void Read_UblSample_FillsHeaderTerms()
    {
        var invoice = Validate.Xml(UblSamples.Invoice).Invoice!;

        Assert.Equal(InvoiceSyntax.UblInvoice, invoice.Syntax);
        Assert.Equal("F-2026-001", invoice.Number);
        Assert.Equal(new DateOnly(2026, 3, 15), invoice.IssueDate);
        Assert.Equal(new DateOnly(2026, 4, 14), invoice.DueDate);
        Assert.Equal("380", invoice.TypeCode);
        Assert.Equal("SERVICE-42", invoice.BuyerReference);
        Assert.Equal("EJ-2026-7", invoice.PurchaseOrderReference);
        Assert.Equal(new Note("AAI", "Livraison partielle"), invoice.Notes.Single());
    }

    [Fact]
    public void Read_UblSample_FillsPartiesAndAmounts()
    {
        var invoice = Validate.Xml(UblSamples.Invoice).Invoice!;

        Assert.Equal("Atelier Dupont SARL", invoice.Seller!.Name);
        Assert.Equal("Atelier Dupont", invoice.Seller.TradingName);
        Assert.Equal("FR32123456789", invoice.Seller.VatId);
        Assert.Equal(new Identifier("123456789", "0002"), invoice.Seller.LegalRegistrationId);
        Assert.Equal(348.00m, invoice.Totals!.PayableAmount);
        Assert.Equal(58.00m, invoice.Totals.VatTotal);
        Assert.Equal(10.00m, invoice.Allowances.Single().Amount);
        Assert.Equal("FR7630006000011234567890189", invoice.PaymentInstructions.Single().CreditTransfers.Single().AccountId);
    }

    [Fact]
    public void Read_UblSample_ReadsLinesWithLocations()
    {
        var lines = Validate.Xml(UblSamples.Invoice).Invoice!.Lines;

        Assert.Equal(2, lines.Count);
        Assert.Equal(1.5m, lines[1].Quantity);
        Assert.Equal("HUR", lines[1].QuantityUnitCode);
        Assert.Equal(66.6667m, lines[1].Price.NetPrice);
        Assert.Equal("/Invoice/cac:InvoiceLine[2]", lines[1].Location.XPath);
        Assert.True(lines[1].Location.Line > 1);
    }

    [Fact]
    public void Read_AmountThatIsNotANumber_LeavesItEmptyAndReportsIt()
    {
        var report = Validate.Xml(UblSamples.With("<cbc:PayableAmount currencyID=\"EUR\">348.00</cbc:PayableAmount>", "<cbc:PayableAmount currencyID=\"EUR\">abc</cbc:PayableAmount>"));

        Assert.Null(report.Invoice!.Totals!.PayableAmount);
        Assert.Contains("XSD-DATATYPE", report.FatalRuleIds);
        Assert.Contains("BR-15", report.FatalRuleIds);
    }

    [Fact]
    public void Read_TruncatedDocuments_NeverThrow()
    {
        for (var length = 0; length < UblSamples.Invoice.Length; length += 97)
        {
            var report = Validate.Xml(UblSamples.Invoice[..length]);

            Assert.NotNull(report.Detection);
        }
    }
}
