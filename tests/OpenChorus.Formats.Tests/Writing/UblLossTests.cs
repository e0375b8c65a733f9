using OpenChorus.Formats.Model;
using OpenChorus.Formats.Validation;
using OpenChorus.Formats.Writing;

namespace OpenChorus.Formats.Tests.Writing;

/// <summary>What UBL has no place for is reported as lost, never dropped silently.</summary>
public class UblLossTests
{
    [Fact]
    public void WriteUbl_SeveralBuyerIdentifiers_KeepsTheFirstAndReportsBt46()
    {
        var invoice = WriterRoundTripTests.Sample("rich");
        invoice = invoice with { Buyer = invoice.Buyer! with { Identifiers = [new Identifier("B-1"), new Identifier("B-2", "0088")] } };

        var read = InvoiceValidator.Validate(UblInvoiceWriter.Write(invoice, out var losses)).Invoice!;

        Assert.Equal([new Identifier("B-1")], read.Buyer!.Identifiers);
        Assert.Equal("BT-46", losses.Single().Term);
    }

    [Fact]
    public void WriteUbl_TwoDifferentMandates_WritesOneAndReportsBt89()
    {
        var invoice = WriterRoundTripTests.Sample("rich") with
        {
            PaymentInstructions =
            [
                new PaymentInstructions { MeansCode = "59", DirectDebit = new DirectDebit("M-1", "FR00ZZZ000001", "FR7630006000011234567890189") },
                new PaymentInstructions { MeansCode = "59", DirectDebit = new DirectDebit("M-2", "FR00ZZZ000001", "FR7630006000011234567890189") },
            ],
        };

        var report = InvoiceValidator.Validate(UblInvoiceWriter.Write(invoice, out var losses));

        Assert.DoesNotContain("UBL-SR-55", report.FatalRuleIds);
        Assert.Equal("BT-89", losses.Single().Term);
    }

    [Fact]
    public void WriteUbl_NothingBeyondUbl_ReportsNoLoss()
    {
        UblInvoiceWriter.Write(WriterRoundTripTests.Sample("rich"), out var losses);

        Assert.Empty(losses);
    }
}
