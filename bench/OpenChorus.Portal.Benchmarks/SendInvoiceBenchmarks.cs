using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;

namespace OpenChorus.Portal.Benchmarks;

/// <summary>
/// A supplier sends a 10-line UBL invoice through the portal, as in the browser: "Dépôt" of the file (recognised,
/// read, validated against EN 16931, rendered to PDF), the form step with the routing, "Valider et envoyer", then
/// "Confirmer et envoyer" and the invoice page it lands on — four requests, one operation, on the database that holds
/// 1,000,000 invoices.
/// </summary>
[Config(typeof(PerRequestConfig))]
[MemoryDiagnoser]
#pragma warning disable CA1001 // BenchmarkDotNet owns the lifetime: GlobalCleanup disposes what GlobalSetup created.
public class SendInvoiceBenchmarks
#pragma warning restore CA1001
{
    private PortalHost _host = null!;
    private HttpClient _supplier = null!;

    [GlobalSetup]
    public void Setup()
    {
        _host = new PortalHost();
        MillionInvoices.EnsureAsync(_host.Services).GetAwaiter().GetResult();
        _supplier = SignedInClient.CreateAsync(_host, MillionInvoices.SupplierEmail, MillionInvoices.Password).GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _supplier.Dispose();
        _host.Dispose();
    }

    [Benchmark]
    public async Task<int> SendTenLineUbl()
    {
        var number = "B" + Guid.NewGuid().ToString("N")[..19];
        var upload = await _supplier.GetPageAsync("/factures-emises/depot");
        var form = await _supplier.SubmitAsync(upload, "#depot-fichier", new Dictionary<string, string> { ["action"] = "lire" }, ("file", "facture.xml", Ubl(number, 10)), "/factures-emises/depot");
        var confirmation = await _supplier.SubmitAsync(form, "#depot-formulaire", new Dictionary<string, string>
        {
            ["action"] = "valider",
            ["Form.RecipientSiret"] = MillionInvoices.BigRecipientSiret,
            ["Form.ServiceCode"] = "FINANCES",
        });
        var sent = await _supplier.SubmitAsync(confirmation, "#confirmer-envoi", new Dictionary<string, string> { ["action"] = "confirmer" });
        var text = sent.Body?.TextContent ?? "";
        return text.Contains($"La facture n° {number} est validée", StringComparison.Ordinal)
            ? text.Length
            : throw new InvalidOperationException("Not sent: " + text[..Math.Min(3000, text.Length)]);
    }

    /// <summary>A valid UBL invoice with <paramref name="lines"/> lines of 10.00 EUR at 20 % VAT.</summary>
    private static byte[] Ubl(string number, int lines)
    {
        var net = 10m * lines;
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2" xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
            <cbc:CustomizationID>urn:cen.eu:en16931:2017</cbc:CustomizationID><cbc:ID>{number}</cbc:ID><cbc:IssueDate>2026-11-20</cbc:IssueDate>
            <cbc:InvoiceTypeCode>380</cbc:InvoiceTypeCode><cbc:DocumentCurrencyCode>EUR</cbc:DocumentCurrencyCode><cbc:BuyerReference>FINANCES</cbc:BuyerReference>
            <cac:AccountingSupplierParty><cac:Party><cac:PostalAddress><cac:Country><cbc:IdentificationCode>FR</cbc:IdentificationCode></cac:Country></cac:PostalAddress>
            <cac:PartyTaxScheme><cbc:CompanyID>FR32123456789</cbc:CompanyID><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:PartyTaxScheme>
            <cac:PartyLegalEntity><cbc:RegistrationName>Fournisseur 0</cbc:RegistrationName></cac:PartyLegalEntity></cac:Party></cac:AccountingSupplierParty>
            <cac:AccountingCustomerParty><cac:Party><cac:PostalAddress><cac:Country><cbc:IdentificationCode>FR</cbc:IdentificationCode></cac:Country></cac:PostalAddress>
            <cac:PartyLegalEntity><cbc:RegistrationName>Collectivité 0</cbc:RegistrationName></cac:PartyLegalEntity></cac:Party></cac:AccountingCustomerParty>
            <cac:TaxTotal><cbc:TaxAmount currencyID="EUR">{net * 0.2m:F2}</cbc:TaxAmount><cac:TaxSubtotal><cbc:TaxableAmount currencyID="EUR">{net:F2}</cbc:TaxableAmount>
            <cbc:TaxAmount currencyID="EUR">{net * 0.2m:F2}</cbc:TaxAmount><cac:TaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>20</cbc:Percent><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:TaxCategory></cac:TaxSubtotal></cac:TaxTotal>
            <cac:LegalMonetaryTotal><cbc:LineExtensionAmount currencyID="EUR">{net:F2}</cbc:LineExtensionAmount><cbc:TaxExclusiveAmount currencyID="EUR">{net:F2}</cbc:TaxExclusiveAmount>
            <cbc:TaxInclusiveAmount currencyID="EUR">{net * 1.2m:F2}</cbc:TaxInclusiveAmount><cbc:PayableAmount currencyID="EUR">{net * 1.2m:F2}</cbc:PayableAmount></cac:LegalMonetaryTotal>

            """);
        for (var i = 1; i <= lines; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"""
                <cac:InvoiceLine><cbc:ID>{i}</cbc:ID><cbc:InvoicedQuantity unitCode="C62">1</cbc:InvoicedQuantity><cbc:LineExtensionAmount currencyID="EUR">10.00</cbc:LineExtensionAmount>
                <cac:Item><cbc:Name>Article {i}</cbc:Name><cac:ClassifiedTaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>20</cbc:Percent><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:ClassifiedTaxCategory></cac:Item>
                <cac:Price><cbc:PriceAmount currencyID="EUR">10.00</cbc:PriceAmount></cac:Price></cac:InvoiceLine>

                """);
        }

        text.Append("</Invoice>\n");
        return Encoding.UTF8.GetBytes(text.ToString());
    }
}
