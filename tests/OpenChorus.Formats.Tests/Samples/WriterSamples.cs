using OpenChorus.Formats.Model;

namespace OpenChorus.Formats.Tests.Samples;

/// <summary>An invoice built in the model with most business terms set, for the writers' tests.</summary>
internal static class WriterSamples
{
    /// <summary>The one-line model sample with references, parties in full, payment, attachment and item details.</summary>
    public static Invoice Rich() => ModelSamples.OneLine() with
    {
        DueDate = new DateOnly(2026, 4, 14),
        TaxPointDateCode = "3",
        BuyerReference = "SERVICE-42",
        ProjectReference = "PRJ-1",
        ContractReference = "CT-9",
        PurchaseOrderReference = "EJ-2026-7",
        SalesOrderReference = "SO-3",
        ReceivingAdviceReference = "RA-1",
        DespatchAdviceReference = "DA-1",
        TenderReference = "LOT-2",
        InvoicedObjectId = new Identifier("OBJ-1", "AAA"),
        BuyerAccountingReference = "6064",
        PaymentTerms = "30 jours fin de mois",
        Notes = [new Note("AAI", "Livraison partielle"), new Note(null, "Merci")],
        BusinessProcess = "A1",
        PrecedingInvoices = [new PrecedingInvoice("F-0", new DateOnly(2026, 1, 2))],
        Seller = ModelSamples.OneLine().Seller! with
        {
            TradingName = "Vendeur",
            Identifiers = [new Identifier("12345678900017", "0009")],
            AdditionalLegalInformation = "SA au capital de 10 000 €",
            ElectronicAddress = new Identifier("vendeur@example.fr", "EM"),
            Address = new Address { Line1 = "1 rue de la Paix", Line2 = "Bât. B", Line3 = "3e étage", City = "Paris", PostCode = "75002", CountrySubdivision = "IDF", CountryCode = "FR" },
            Contact = new Contact { Name = "Service facturation", Phone = "+33 1 23 45 67 89", Email = "factures@example.fr" },
        },
        Payee = new Payee { Name = "Affactureur SA", Identifier = new Identifier("PAYEE-1"), LegalRegistrationId = new Identifier("987654321", "0002") },
        InvoicingPeriod = new Period(new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 31)),
        PaymentInstructions =
        [
            new PaymentInstructions
            {
                MeansCode = "30",
                MeansText = "Virement",
                RemittanceInformation = "F-1",
                CreditTransfers = [new CreditTransfer("FR7630006000011234567890189", "Vendeur SA", "AGRIFRPP")],
            },
        ],
        AdditionalDocuments =
        [
            new AdditionalDocument
            {
                Id = "TS-1",
                Description = "Relevé",
                AttachmentContent = "a,b\n1,2\n"u8.ToArray(),
                AttachmentMimeCode = "text/csv",
                AttachmentFileName = "releve.csv",
            },
            new AdditionalDocument { Id = "URL-1", ExternalUri = "https://example.fr/releve" },
        ],
        Lines = [RichLine()],
    };

    private static InvoiceLine RichLine() => ModelSamples.OneLine().Lines[0] with
    {
        Note = "Ligne unique",
        ObjectId = new Identifier("OBJ-L1", "AAA"),
        OrderLineReference = "3",
        BuyerAccountingReference = "6064-1",
        Period = new Period(new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 31)),
        Price = new PriceDetails { NetPrice = 100m, GrossPrice = 110m, Discount = 10m, BaseQuantity = 1m, BaseQuantityUnitCode = "C62" },
        Item = new ItemInformation
        {
            Name = "Article",
            Description = "Un article",
            SellerId = "ART-1",
            BuyerId = "B-ART-1",
            StandardId = new Identifier("3017620422003", "0160"),
            Classifications = [new Identifier("65432", "STI", "19.05.01")],
            OriginCountryCode = "FR",
            Attributes = [KeyValuePair.Create("Couleur", "Bleu")],
        },
    };
}
