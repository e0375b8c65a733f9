using OpenChorus.Formats.Model;

namespace OpenChorus.Formats.Writing;

internal sealed partial class CiiDocumentWriter
{
    private void WriteParty(string element, Party? party, PartyRole role)
    {
        R(element);
        if (party is null)
        {
            End();
            return;
        }

        // CII wants every ram:ID before the ram:GlobalID: identifiers without a scheme first.
        foreach (var id in party.Identifiers.Where(i => i.SchemeId is null))
        {
            Leaf("ID", id.Value, role.Identifier);
        }

        foreach (var id in party.Identifiers.Where(i => i.SchemeId is not null))
        {
            if (Keep(role.Identifier, id))
            {
                Leaf("ram", "GlobalID", Ram, id.Value, "schemeID", id.SchemeId);
            }
        }

        Leaf("Name", party.Name, role.Name);
        Leaf("Description", party.AdditionalLegalInformation, role.LegalInformation);
        var legal = Keep(role.Legal, party.LegalRegistrationId) ? party.LegalRegistrationId : null;
        var trading = Keep(role.TradingName, party.TradingName) ? party.TradingName : null;
        if (legal is not null || trading is not null)
        {
            R("SpecifiedLegalOrganization");
            Leaf("ram", "ID", Ram, legal?.Value, "schemeID", legal?.SchemeId);
            Leaf("TradingBusinessName", trading);
            End();
        }

        WriteContact(party.Contact, role.Contact);
        WriteAddress(party.Address, role.Address);
        if (Keep(role.Electronic, party.ElectronicAddress))
        {
            R("URIUniversalCommunication");
            Leaf("ram", "URIID", Ram, party.ElectronicAddress!.Value, "schemeID", party.ElectronicAddress.SchemeId);
            End();
        }

        TaxRegistration(party.VatId, "VA", role.Vat);
        TaxRegistration(party.TaxRegistrationId, "FC", role.TaxRegistration);
        End();
    }

    private void WriteContact(Contact? contact, string[] terms)
    {
        if (contact is null)
        {
            return;
        }

        var name = Keep(terms[0], contact.Name) ? contact.Name : null;
        var phone = Keep(terms[1], contact.Phone) ? contact.Phone : null;
        var email = Keep(terms[2], contact.Email) ? contact.Email : null;
        if (!FacturXProfileTerms.Carries(profile, terms[0]))
        {
            return;
        }

        R("DefinedTradeContact");
        Leaf("PersonName", name);
        if (phone is not null)
        {
            R("TelephoneUniversalCommunication");
            Leaf("CompleteNumber", phone);
            End();
        }

        if (email is not null)
        {
            R("EmailURIUniversalCommunication");
            Leaf("URIID", email);
            End();
        }

        End();
    }

    private void TaxRegistration(string? id, string scheme, string term)
    {
        if (Keep(term, id))
        {
            R("SpecifiedTaxRegistration");
            Leaf("ram", "ID", Ram, id, "schemeID", scheme);
            End();
        }
    }

    private void WriteAddress(Address? address, AddressTerms terms)
    {
        if (address is null)
        {
            return;
        }

        if (!FacturXProfileTerms.Carries(profile, terms.Country))
        {
            Keep(terms.Country, address);
            return;
        }

        R("PostalTradeAddress");
        Leaf("PostcodeCode", address.PostCode, terms.PostCode);
        Leaf("LineOne", address.Line1, terms.Line1);
        Leaf("LineTwo", address.Line2, terms.Line2);
        Leaf("LineThree", address.Line3, terms.Line3);
        Leaf("CityName", address.City, terms.City);
        Leaf("CountryID", address.CountryCode, terms.Country);
        Leaf("CountrySubDivisionName", address.CountrySubdivision, terms.Subdivision);
        End();
    }

    private void WriteTaxRepresentative(TaxRepresentative? representative)
    {
        if (!Keep("BG-11", representative))
        {
            return;
        }

        R("SellerTaxRepresentativeTradeParty");
        Leaf("Name", representative!.Name);
        WriteAddress(representative.Address, AddressTerms.TaxRepresentative);
        TaxRegistration(representative.VatId, "VA", "BT-63");
        End();
    }
}
