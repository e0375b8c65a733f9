using OpenChorus.Formats.Model;

namespace OpenChorus.Pdf.Tests.Samples;

/// <summary>Invoices built in the model for the rendering tests: French parties, n lines at 20 % VAT.</summary>
internal static class InvoiceSamples
{
    public static Invoice WithLines(int count)
    {
        var lines = Enumerable.Range(1, count).Select(i => new InvoiceLine
        {
            Id = i.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Quantity = i,
            QuantityUnitCode = "C62",
            NetAmount = i * 1234.5m,
            Price = new PriceDetails { NetPrice = 1234.5m },
            VatCategoryCode = "S",
            VatRate = 20,
            Item = new ItemInformation { Name = "Prestation de conseil n° " + i, Description = "Atelier de cadrage et restitution" },
        }).ToList();
        var net = lines.Sum(l => l.NetAmount!.Value);
        var vat = Math.Round(net * 0.2m, 2);
        return new Invoice
        {
            Syntax = InvoiceSyntax.Cii,
            Number = "F-2026-0042",
            IssueDate = new DateOnly(2026, 3, 15),
            DueDate = new DateOnly(2026, 4, 14),
            TypeCode = "380",
            CurrencyCode = "EUR",
            BuyerReference = "SERVICE-42",
            PurchaseOrderReference = "EJ-2026-777",
            ContractReference = "MARCHE-2025-12",
            PaymentTerms = "30 jours fin de mois",
            Notes =
            [
                new Note("PMD", "Pénalités de retard : trois fois le taux d'intérêt légal."),
                new Note("PMT", "Indemnité forfaitaire pour frais de recouvrement : 40 €."),
            ],
            Seller = new Party
            {
                Name = "Conseil Martin SAS",
                LegalRegistrationId = new Identifier("123456789", "0002"),
                Identifiers = [new Identifier("12345678900017", "0009")],
                VatId = "FR32123456789",
                AdditionalLegalInformation = "SAS au capital de 10 000 € — RCS Lyon 123 456 789",
                Address = new Address { Line1 = "12 rue de la République", PostCode = "69001", City = "Lyon", CountryCode = "FR" },
            },
            Buyer = new Party
            {
                Name = "Commune d'Exemple",
                LegalRegistrationId = new Identifier("21690123400019", "0009"),
                Address = new Address { Line1 = "Place de la Mairie", PostCode = "69002", City = "Lyon", CountryCode = "FR" },
            },
            PaymentInstructions =
            [
                new PaymentInstructions { MeansCode = "30", CreditTransfers = [new CreditTransfer("FR7630006000011234567890189", "Conseil Martin", "AGRIFRPP")] },
            ],
            Totals = new DocumentTotals
            {
                LineNetTotal = net,
                TaxExclusiveAmount = net,
                VatTotal = vat,
                TaxInclusiveAmount = net + vat,
                PayableAmount = net + vat,
            },
            VatBreakdowns = [new VatBreakdown { CategoryCode = "S", Rate = 20, TaxableAmount = net, TaxAmount = vat }],
            Lines = lines,
        };
    }
}
