using BenchmarkDotNet.Attributes;
using OpenChorus.Formats.Model;
using OpenChorus.Formats.Validation;
using OpenChorus.Formats.Writing;

namespace OpenChorus.Benchmarks;

/// <summary>Writing a 10-line invoice from the model, single-threaded: the target is 10,000 a second (100 µs) per core.</summary>
[MemoryDiagnoser]
[ShortRunJob]
public class WriterBenchmarks
{
    private Invoice _invoice = null!;

    [GlobalSetup]
    public void Setup()
    {
        var read = InvoiceValidator.Validate(LargeInvoice.Ubl(10)).Invoice!;
        _invoice = read with
        {
            DueDate = new DateOnly(2026, 4, 14),
            BuyerReference = "SERVICE-42",
            PurchaseOrderReference = "EJ-2026-7",
            Notes = [new Note("AAI", "Livraison partielle")],
            Seller = read.Seller! with
            {
                Identifiers = [new Identifier("12345678900017", "0009")],
                LegalRegistrationId = new Identifier("123456789", "0002"),
                Address = new Address { Line1 = "1 rue de la Paix", City = "Paris", PostCode = "75002", CountryCode = "FR" },
            },
            PaymentInstructions = [new PaymentInstructions { MeansCode = "30", CreditTransfers = [new CreditTransfer("FR7630006000011234567890189", null, null)] }],
        };
    }

    [Benchmark]
    public int WriteUbl() => UblInvoiceWriter.Write(_invoice).Length;

    [Benchmark]
    public int WriteCii() => CiiInvoiceWriter.Write(_invoice).Length;
}
