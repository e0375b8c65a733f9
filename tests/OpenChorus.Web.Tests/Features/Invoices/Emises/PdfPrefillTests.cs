using OpenChorus.Web.Features.Invoices;
using OpenChorus.Web.Features.Invoices.Emises.Deposit;
using OpenChorus.Web.Tests.Infrastructure;

namespace OpenChorus.Web.Tests.Features.Invoices.Emises;

/// <summary>Best-effort reading of a plain PDF's text, and the French amounts and dates people type.</summary>
public sealed class PdfPrefillTests
{
    [Fact]
    public void Read_CreditNoteText_FindsKindNumberDateAmountsAndTheRecipientNotTheSupplier()
    {
        var supplier = TestStructures.NewSiret();
        var recipient = TestStructures.NewSiret();
        var pdf = EmisesSamples.Pdf($"SIRET : {supplier[..3]} {supplier[3..6]} {supplier[6..9]} {supplier[9..]}", "AVOIR", "Facture n° AV-2026/12",
            "Émise le 02/11/2026", $"SIRET destinataire : {recipient}", "12345678901234", "Total TTC : 2 400,50 €", "Net à payer : 2 000,00");

        var content = PdfPrefill.Read(pdf, supplier);

        Assert.Equal(DepositFormat.Pdf, content.Format);
        Assert.Equal(recipient, content.RecipientSiret);
        Assert.Equal(("AV-2026/12", new DateOnly(2026, 11, 2), InvoiceKind.Avoir), (content.Figures!.Number, content.Figures.IssueDate, content.Figures.Kind));
        Assert.Equal((2400.50m, 2000m), (content.Figures.TotalIncludingVat, content.Figures.AmountDue));
    }

    [Fact]
    public void Read_PdfWithoutText_GivesNothingAndDoesNotFail()
    {
        var content = PdfPrefill.Read([0x25, 0x50, 0x44, 0x46, 0x2D], null);

        Assert.Equal((null, null, null), (content.Figures!.Number, content.RecipientSiret, content.Figures.TotalIncludingVat));
    }

    [Theory]
    [InlineData("1 234,56", "1234.56")]
    [InlineData("1234.56", "1234.56")]
    [InlineData("1.234,5", "1234.5")]
    [InlineData("-15", "-15")]
    [InlineData("12 €", "12")]
    public void ParseAmount_FrenchAndPlainWritings(string text, string expected) =>
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), DepositValues.ParseAmount(text));

    [Theory]
    [InlineData("abc")]
    [InlineData("1.2.3")]
    [InlineData("")]
    public void ParseAmount_Nonsense_IsNull(string text) => Assert.Null(DepositValues.ParseAmount(text));

    [Theory]
    [InlineData("2026-11-20")]
    [InlineData("20/11/2026")]
    public void ParseDate_DateFieldOrFrenchWriting(string text) => Assert.Equal(new DateOnly(2026, 11, 20), DepositValues.ParseDate(text));
}
