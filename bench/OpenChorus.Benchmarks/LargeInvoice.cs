using System.Globalization;
using System.Text;

namespace OpenChorus.Benchmarks;

/// <summary>Writes a valid UBL invoice with any number of lines of 10.00 EUR at 20 % VAT.</summary>
internal static class LargeInvoice
{
    /// <remarks>Also compiled into the portal benchmarks, which send it through the deposit page under a fresh number.</remarks>
    public static byte[] Ubl(int lines, string? number = null)
    {
        var net = 10m * lines;
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2" xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
            <cbc:CustomizationID>urn:cen.eu:en16931:2017</cbc:CustomizationID><cbc:ID>{number ?? $"BENCH-{lines}"}</cbc:ID><cbc:IssueDate>2026-03-15</cbc:IssueDate>
            <cbc:InvoiceTypeCode>380</cbc:InvoiceTypeCode><cbc:DocumentCurrencyCode>EUR</cbc:DocumentCurrencyCode>
            <cac:AccountingSupplierParty><cac:Party><cac:PostalAddress><cac:Country><cbc:IdentificationCode>FR</cbc:IdentificationCode></cac:Country></cac:PostalAddress>
            <cac:PartyTaxScheme><cbc:CompanyID>FR32123456789</cbc:CompanyID><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:PartyTaxScheme>
            <cac:PartyLegalEntity><cbc:RegistrationName>Vendeur</cbc:RegistrationName></cac:PartyLegalEntity></cac:Party></cac:AccountingSupplierParty>
            <cac:AccountingCustomerParty><cac:Party><cac:PostalAddress><cac:Country><cbc:IdentificationCode>FR</cbc:IdentificationCode></cac:Country></cac:PostalAddress>
            <cac:PartyLegalEntity><cbc:RegistrationName>Acheteur</cbc:RegistrationName></cac:PartyLegalEntity></cac:Party></cac:AccountingCustomerParty>
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
