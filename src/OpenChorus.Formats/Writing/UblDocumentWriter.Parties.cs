using OpenChorus.Formats.Model;

namespace OpenChorus.Formats.Writing;

internal sealed partial class UblDocumentWriter
{
    private void WriteParties()
    {
        A("AccountingSupplierParty");
        WriteParty(invoice.Seller, seller: true);
        End();
        A("AccountingCustomerParty");
        WriteParty(invoice.Buyer, seller: false);
        End();
        WritePayee(invoice.Payee);
        WriteTaxRepresentative(invoice.TaxRepresentative);
        WriteDelivery(invoice.Delivery);
    }

    private void WriteParty(Party? party, bool seller)
    {
        if (party is null)
        {
            return;
        }

        A("Party");
        if (party.ElectronicAddress is { } endpoint)
        {
            B("EndpointID", endpoint.Value, "schemeID", endpoint.SchemeId);
        }

        // UBL allows one buyer identifier (UBL-SR-16); a seller may have several.
        foreach (var id in seller ? party.Identifiers : party.Identifiers.Take(1))
        {
            PartyIdentification(id);
        }

        if (!seller && party.Identifiers.Count > 1)
        {
            Lose("BT-46", "UBL n'admet qu'un identifiant d'acheteur (BT-46) : seul le premier a été écrit.",
                "UBL allows a single buyer identifier (BT-46): only the first was written.");
        }

        // The bank assigned creditor identifier (BT-90) is a seller identification of scheme SEPA in UBL.
        if (seller && invoice.PaymentInstructions.Select(p => p.DirectDebit?.CreditorId).FirstOrDefault(c => c is not null) is { } creditor)
        {
            PartyIdentification(new Identifier(creditor, "SEPA"));
        }

        PartyName(party.TradingName);
        WriteAddress("PostalAddress", party.Address);
        PartyTaxScheme(party.VatId, "VAT");
        PartyTaxScheme(party.TaxRegistrationId, "FC");
        if (party.Name is not null || party.LegalRegistrationId is not null || party.AdditionalLegalInformation is not null)
        {
            A("PartyLegalEntity");
            B("RegistrationName", party.Name);
            B("CompanyID", party.LegalRegistrationId?.Value, "schemeID", party.LegalRegistrationId?.SchemeId);
            B("CompanyLegalForm", party.AdditionalLegalInformation);
            End();
        }

        if (party.Contact is { } contact)
        {
            A("Contact");
            B("Name", contact.Name);
            B("Telephone", contact.Phone);
            B("ElectronicMail", contact.Email);
            End();
        }

        End();
    }

    private void PartyIdentification(Identifier? id)
    {
        if (id is not null)
        {
            A("PartyIdentification");
            B("ID", id.Value, "schemeID", id.SchemeId);
            End();
        }
    }

    private void PartyName(string? name)
    {
        if (name is not null)
        {
            A("PartyName");
            B("Name", name);
            End();
        }
    }

    private void PartyTaxScheme(string? companyId, string scheme)
    {
        if (companyId is not null)
        {
            A("PartyTaxScheme");
            B("CompanyID", companyId);
            A("TaxScheme");
            B("ID", scheme);
            End();
            End();
        }
    }

    private void WriteAddress(string name, Address? address)
    {
        if (address is null)
        {
            return;
        }

        A(name);
        B("StreetName", address.Line1);
        B("AdditionalStreetName", address.Line2);
        B("CityName", address.City);
        B("PostalZone", address.PostCode);
        B("CountrySubentity", address.CountrySubdivision);
        if (address.Line3 is not null)
        {
            A("AddressLine");
            B("Line", address.Line3);
            End();
        }

        if (address.CountryCode is not null)
        {
            A("Country");
            B("IdentificationCode", address.CountryCode);
            End();
        }

        End();
    }

    private void WritePayee(Payee? payee)
    {
        if (payee is null)
        {
            return;
        }

        A("PayeeParty");
        PartyIdentification(payee.Identifier);
        PartyName(payee.Name);
        if (payee.LegalRegistrationId is { } legal)
        {
            A("PartyLegalEntity");
            B("CompanyID", legal.Value, "schemeID", legal.SchemeId);
            End();
        }

        End();
    }

    private void WriteTaxRepresentative(TaxRepresentative? representative)
    {
        if (representative is null)
        {
            return;
        }

        A("TaxRepresentativeParty");
        PartyName(representative.Name);
        WriteAddress("PostalAddress", representative.Address);
        PartyTaxScheme(representative.VatId, "VAT");
        End();
    }

    private void WriteDelivery(Delivery? delivery)
    {
        if (delivery is null)
        {
            return;
        }

        A("Delivery");
        B("ActualDeliveryDate", Date(delivery.ActualDate));
        if (delivery.LocationId is not null || delivery.Address is not null)
        {
            A("DeliveryLocation");
            B("ID", delivery.LocationId?.Value, "schemeID", delivery.LocationId?.SchemeId);
            WriteAddress("Address", delivery.Address);
            End();
        }

        if (delivery.PartyName is not null)
        {
            A("DeliveryParty");
            PartyName(delivery.PartyName);
            End();
        }

        End();
    }
}
