using OpenChorus.Formats.Model;
using OpenChorus.Formats.Tests.Samples;

namespace OpenChorus.Formats.Tests.Model;

/// <summary>Structural equality of invoices: lists item by item, decimals by value, where it was read left out.</summary>
public class ModelComparisonTests
{
    [Fact]
    public void Differences_SameContentOtherSyntaxAndScale_None()
    {
        var invoice = WriterSamples.Rich();
        var other = invoice with
        {
            Syntax = InvoiceSyntax.Cii,
            Totals = invoice.Totals! with { PayableAmount = 120.00m },
            Lines = [.. invoice.Lines.Select(l => l with { Location = new SourceLocation("/x", 3) })],
        };

        Assert.Empty(ModelComparison.Differences(invoice, other));
    }

    [Fact]
    public void Differences_OneLineTermChanged_NamesItsPath()
    {
        var invoice = WriterSamples.Rich();
        var other = invoice with { Lines = [invoice.Lines[0] with { Price = invoice.Lines[0].Price with { NetPrice = 99m } }] };

        Assert.Equal(["Lines[0].Price.NetPrice: 100 ≠ 99"], ModelComparison.Differences(invoice, other));
    }

    [Fact]
    public void Differences_ListLengthOrAttachmentChanged_Reported()
    {
        var invoice = WriterSamples.Rich();
        var other = invoice with
        {
            Notes = [invoice.Notes[0]],
            AdditionalDocuments = [invoice.AdditionalDocuments[0] with { AttachmentContent = [1, 2] }, invoice.AdditionalDocuments[1]],
        };

        Assert.Equal(["Notes: 2 items ≠ 1 items", "AdditionalDocuments[0].AttachmentContent: 8 bytes ≠ 2 bytes"],
            ModelComparison.Differences(invoice, other));
    }

    [Fact]
    public void Differences_TaxPointDateCodeInTheOtherSyntaxCodes_None()
    {
        var invoice = WriterSamples.Rich();

        Assert.Empty(ModelComparison.Differences(invoice with { TaxPointDateCode = "3" }, invoice with { TaxPointDateCode = "5" }));
    }
}
