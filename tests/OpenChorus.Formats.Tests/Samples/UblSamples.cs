namespace OpenChorus.Formats.Tests.Samples;

/// <summary>UBL invoices written for the tests: a valid two-line invoice that each test mutates.</summary>
internal static class UblSamples
{
    public const string Invoice = """
        <?xml version="1.0" encoding="UTF-8"?>
        <Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"
                 xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
                 xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
          <cbc:CustomizationID>urn:cen.eu:en16931:2017</cbc:CustomizationID>
          <cbc:ProfileID>A1</cbc:ProfileID>
          <cbc:ID>F-2026-001</cbc:ID>
          <cbc:IssueDate>2026-03-15</cbc:IssueDate>
          <cbc:DueDate>2026-04-14</cbc:DueDate>
          <cbc:InvoiceTypeCode>380</cbc:InvoiceTypeCode>
          <cbc:Note>#AAI#Livraison partielle</cbc:Note>
          <cbc:DocumentCurrencyCode>EUR</cbc:DocumentCurrencyCode>
          <cbc:BuyerReference>SERVICE-42</cbc:BuyerReference>
          <cac:OrderReference><cbc:ID>EJ-2026-7</cbc:ID></cac:OrderReference>
          <cac:AccountingSupplierParty>
            <cac:Party>
              <cbc:EndpointID schemeID="0009">12345678900017</cbc:EndpointID>
              <cac:PartyIdentification><cbc:ID schemeID="0009">12345678900017</cbc:ID></cac:PartyIdentification>
              <cac:PartyName><cbc:Name>Atelier Dupont</cbc:Name></cac:PartyName>
              <cac:PostalAddress>
                <cbc:StreetName>1 rue de la Paix</cbc:StreetName>
                <cbc:CityName>Paris</cbc:CityName>
                <cbc:PostalZone>75002</cbc:PostalZone>
                <cac:Country><cbc:IdentificationCode>FR</cbc:IdentificationCode></cac:Country>
              </cac:PostalAddress>
              <cac:PartyTaxScheme>
                <cbc:CompanyID>FR32123456789</cbc:CompanyID>
                <cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme>
              </cac:PartyTaxScheme>
              <cac:PartyLegalEntity>
                <cbc:RegistrationName>Atelier Dupont SARL</cbc:RegistrationName>
                <cbc:CompanyID schemeID="0002">123456789</cbc:CompanyID>
              </cac:PartyLegalEntity>
            </cac:Party>
          </cac:AccountingSupplierParty>
          <cac:AccountingCustomerParty>
            <cac:Party>
              <cbc:EndpointID schemeID="0009">98765432100015</cbc:EndpointID>
              <cac:PostalAddress>
                <cbc:StreetName>20 avenue de Ségur</cbc:StreetName>
                <cbc:CityName>Paris</cbc:CityName>
                <cbc:PostalZone>75007</cbc:PostalZone>
                <cac:Country><cbc:IdentificationCode>FR</cbc:IdentificationCode></cac:Country>
              </cac:PostalAddress>
              <cac:PartyLegalEntity>
                <cbc:RegistrationName>Ministère des Exemples</cbc:RegistrationName>
              </cac:PartyLegalEntity>
            </cac:Party>
          </cac:AccountingCustomerParty>
          <cac:PaymentMeans>
            <cbc:PaymentMeansCode>30</cbc:PaymentMeansCode>
            <cac:PayeeFinancialAccount><cbc:ID>FR7630006000011234567890189</cbc:ID></cac:PayeeFinancialAccount>
          </cac:PaymentMeans>
          <cac:AllowanceCharge>
            <cbc:ChargeIndicator>false</cbc:ChargeIndicator>
            <cbc:AllowanceChargeReasonCode>95</cbc:AllowanceChargeReasonCode>
            <cbc:AllowanceChargeReason>Remise</cbc:AllowanceChargeReason>
            <cbc:Amount currencyID="EUR">10.00</cbc:Amount>
            <cac:TaxCategory>
              <cbc:ID>S</cbc:ID>
              <cbc:Percent>20</cbc:Percent>
              <cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme>
            </cac:TaxCategory>
          </cac:AllowanceCharge>
          <cac:TaxTotal>
            <cbc:TaxAmount currencyID="EUR">58.00</cbc:TaxAmount>
            <cac:TaxSubtotal>
              <cbc:TaxableAmount currencyID="EUR">290.00</cbc:TaxableAmount>
              <cbc:TaxAmount currencyID="EUR">58.00</cbc:TaxAmount>
              <cac:TaxCategory>
                <cbc:ID>S</cbc:ID>
                <cbc:Percent>20</cbc:Percent>
                <cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme>
              </cac:TaxCategory>
            </cac:TaxSubtotal>
          </cac:TaxTotal>
          <cac:LegalMonetaryTotal>
            <cbc:LineExtensionAmount currencyID="EUR">300.00</cbc:LineExtensionAmount>
            <cbc:TaxExclusiveAmount currencyID="EUR">290.00</cbc:TaxExclusiveAmount>
            <cbc:TaxInclusiveAmount currencyID="EUR">348.00</cbc:TaxInclusiveAmount>
            <cbc:AllowanceTotalAmount currencyID="EUR">10.00</cbc:AllowanceTotalAmount>
            <cbc:PayableAmount currencyID="EUR">348.00</cbc:PayableAmount>
          </cac:LegalMonetaryTotal>
          <cac:InvoiceLine>
            <cbc:ID>1</cbc:ID>
            <cbc:InvoicedQuantity unitCode="C62">2</cbc:InvoicedQuantity>
            <cbc:LineExtensionAmount currencyID="EUR">200.00</cbc:LineExtensionAmount>
            <cac:Item>
              <cbc:Name>Chaise</cbc:Name>
              <cac:ClassifiedTaxCategory>
                <cbc:ID>S</cbc:ID>
                <cbc:Percent>20</cbc:Percent>
                <cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme>
              </cac:ClassifiedTaxCategory>
            </cac:Item>
            <cac:Price><cbc:PriceAmount currencyID="EUR">100.00</cbc:PriceAmount></cac:Price>
          </cac:InvoiceLine>
          <cac:InvoiceLine>
            <cbc:ID>2</cbc:ID>
            <cbc:InvoicedQuantity unitCode="HUR">1.5</cbc:InvoicedQuantity>
            <cbc:LineExtensionAmount currencyID="EUR">100.00</cbc:LineExtensionAmount>
            <cac:Item>
              <cbc:Name>Montage</cbc:Name>
              <cac:ClassifiedTaxCategory>
                <cbc:ID>S</cbc:ID>
                <cbc:Percent>20</cbc:Percent>
                <cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme>
              </cac:ClassifiedTaxCategory>
            </cac:Item>
            <cac:Price><cbc:PriceAmount currencyID="EUR">66.6667</cbc:PriceAmount></cac:Price>
          </cac:InvoiceLine>
        </Invoice>
        """;

    /// <summary>The sample with one piece of text replaced (the piece must occur).</summary>
    public static string With(string find, string replacement) => Mutate(Invoice, find, replacement);

    internal static string Mutate(string xml, string find, string replacement)
    {
        if (!xml.Contains(find, StringComparison.Ordinal))
        {
            throw new ArgumentException("The sample does not contain: " + find, nameof(find));
        }

        return xml.Replace(find, replacement, StringComparison.Ordinal);
    }
}
