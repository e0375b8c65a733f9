using OpenChorus.Formats.Model;

namespace OpenChorus.Formats.Tests.Samples;

/// <summary>Invoices built directly in the semantic model: one line, no allowance, in a chosen VAT category.</summary>
internal static class ModelSamples
{
    /// <summary>A valid invoice with one line of 100.00 in the category and rate given, and its VAT breakdown.</summary>
    public static Invoice OneLine(string category = "S", decimal? rate = 20m, decimal tax = 20m, string? exemptionReason = null) => new()
    {
        Syntax = InvoiceSyntax.UblInvoice,
        Number = "F-1",
        IssueDate = new DateOnly(2026, 3, 15),
        TypeCode = "380",
        CurrencyCode = "EUR",
        SpecificationId = "urn:cen.eu:en16931:2017",
        Seller = new Party
        {
            Name = "Vendeur SA",
            VatId = "FR32123456789",
            LegalRegistrationId = new Identifier("123456789", "0002"),
            Address = new Address { City = "Paris", CountryCode = "FR" },
        },
        Buyer = new Party { Name = "Acheteur SARL", VatId = "DE123456789", Address = new Address { CountryCode = "DE" } },
        Delivery = new Delivery { ActualDate = new DateOnly(2026, 3, 10), Address = new Address { CountryCode = "DE" } },
        Totals = new DocumentTotals
        {
            LineNetTotal = 100m,
            TaxExclusiveAmount = 100m,
            VatTotal = tax,
            TaxInclusiveAmount = 100m + tax,
            PayableAmount = 100m + tax,
        },
        VatBreakdowns =
        [
            new VatBreakdown
            {
                TaxableAmount = 100m,
                TaxAmount = tax,
                CategoryCode = category,
                Rate = rate,
                ExemptionReason = exemptionReason,
            },
        ],
        Lines =
        [
            new InvoiceLine
            {
                Id = "1",
                Quantity = 1m,
                QuantityUnitCode = "C62",
                NetAmount = 100m,
                Price = new PriceDetails { NetPrice = 100m },
                VatCategoryCode = category,
                VatRate = rate,
                Item = new ItemInformation { Name = "Article" },
            },
        ],
    };
}
