using OpenChorus.Formats.Validation;
using OpenChorus.Formats.Writing;
using OpenChorus.Web.Features.Invoices;
using OpenChorus.Web.Features.Invoices.Emises;
using OpenChorus.Web.Features.Structures;

namespace OpenChorus.Web.Tests.Features.Invoices.Saisie;

/// <summary>The keyed-in invoice's figures, and the UBL written from them, without the web.</summary>
public sealed class SaisieDraftTests
{
    private static SaisieInput Input(params (string Quantity, string Price, string Rate, string? Reason)[] lines)
    {
        var input = new SaisieInput { IssueDate = "2026-11-20" };
        input.Lines.AddRange(lines.Select((l, i) => new SaisieLineInput
        {
            Designation = $"Article {i + 1}",
            Quantity = l.Quantity,
            UnitPrice = l.Price,
            VatRate = l.Rate,
            ExemptionReason = l.Reason,
        }));
        input.PadLines(5);
        return input;
    }

    [Theory]
    [InlineData("1 234,50", 1234.50)]
    [InlineData("1234.5", 1234.5)]
    [InlineData("\u00a012,25 ", 12.25)]
    [InlineData("-3", -3)]
    public void ParseNumber_FrenchOrPlainWriting_ReadsTheValue(string text, double expected) =>
        Assert.Equal((decimal)expected, SaisieDraft.ParseNumber(text));

    [Theory]
    [InlineData("douze")]
    [InlineData("1,2,3")]
    [InlineData("")]
    public void ParseNumber_NotANumber_IsNull(string text) => Assert.Null(SaisieDraft.ParseNumber(text));

    [Fact]
    public void Read_TotalsPerRate_RoundEachVatAmountToTheCentAfterAllowanceAndCharge()
    {
        var input = Input(("3", "10,333", "20", null), ("1", "99,99", "5.5", null), ("2", "15", "0", "Exonération art. 261 du CGI"));
        (input.AllowanceAmount, input.AllowanceReason, input.AllowanceVatRate) = ("1,00", "Remise", "20");
        (input.ChargeAmount, input.ChargeReason, input.ChargeVatRate) = ("5", "Livraison", "5.5");

        var draft = SaisieDraft.Read(input);

        Assert.Empty(draft.Errors);
        Assert.Equal(31.00m, draft.Lines[0].Net);
        Assert.Equal(
            [(20m, 30.00m, 6.00m, "S"), (5.5m, 104.99m, 5.77m, "S"), (0m, 30.00m, 0m, "E")],
            draft.VatGroups.Select(g => (g.Rate, g.Taxable, g.Tax, g.Category)));
        Assert.Equal((164.99m, 11.77m, 176.76m), (draft.TaxExclusive, draft.Vat, draft.TaxInclusive));
    }

    [Fact]
    public void Read_AllowanceAboveTheLinesOfItsRate_IsRefused()
    {
        var input = Input(("1", "10", "20", null));
        (input.AllowanceAmount, input.AllowanceReason) = ("25", "Geste commercial");

        var draft = SaisieDraft.Read(input);

        Assert.Equal("La remise dépasse le montant des lignes à ce taux de TVA.", Assert.Single(draft.Errors).Message);
    }

    [Fact]
    public void Read_NoLine_AsksForOne()
    {
        var draft = SaisieDraft.Read(Input());

        Assert.Equal("Lines[0].Designation", Assert.Single(draft.Errors).Field);
    }

    [Theory]
    [InlineData(InvoiceFrame.A1, InvoiceKind.Facture)]
    [InlineData(InvoiceFrame.A2, InvoiceKind.Facture)]
    [InlineData(InvoiceFrame.A12, InvoiceKind.Avoir)]
    public void Build_EveryCadreAndKindWithAllowanceChargeAndExemption_WritesUblWithoutFatalViolation(InvoiceFrame frame, InvoiceKind kind)
    {
        var input = Input(("3", "10,333", "20", null), ("2", "15", "0", "Exonération art. 261 du CGI"));
        (input.AllowanceAmount, input.AllowanceReason, input.AllowanceVatRate) = ("1", "Remise", "20");
        (input.ChargeAmount, input.ChargeReason, input.ChargeVatRate) = ("5", "Livraison", "0");
        var header = new SaisieHeader("F-2026-1", frame, kind, "FR32812345676", Structure("81234567600017", "Fournisseur", "FR7630006000011234567890189"),
            Structure("21750001600019", "Commune", null), "TECHNIQUE", "EJ-1", "M-1", "Merci");

        var report = InvoiceValidator.Validate(UblInvoiceWriter.Write(SaisieEn16931.Build(header, SaisieDraft.Read(input))));

        Assert.DoesNotContain(report.Violations, v => v.Severity == Severity.Fatal);
        Assert.Equal(frame == InvoiceFrame.A2 ? 0m : 71.00m, report.Invoice!.Totals!.PayableAmount);
    }

    private static Structure Structure(string siret, string name, string? iban) => new()
    {
        IdentifierType = IdentifierType.Siret,
        Identifier = siret,
        CompanyName = name,
        AddressLine = "1 rue de la Paix",
        PostalCode = "75002",
        City = "Paris",
        Iban = iban,
        Bic = iban is null ? null : "AGRIFRPPXXX",
    };
}
