using System.Xml.Linq;
using OpenChorus.Formats.Model;
using OpenChorus.Formats.Xml;
using static OpenChorus.Formats.Cii.CiiNames;

namespace OpenChorus.Formats.Cii;

internal static partial class CiiInvoiceReader
{
    private static Party? ReadParty(XElement? party)
    {
        if (party is null)
        {
            return null;
        }

        var legal = party.Element(R("SpecifiedLegalOrganization"));
        var registrations = party.Elements(R("SpecifiedTaxRegistration")).Select(r => r.Element(R("ID"))).ToList();
        return new Party
        {
            Name = party.ChildText(R("Name")),
            TradingName = legal.ChildText(R("TradingBusinessName")),
            Identifiers = party.Elements(R("ID")).Concat(party.Elements(R("GlobalID")))
                .Select(e => e.Id()).OfType<Identifier>().ToList(),
            LegalRegistrationId = legal?.Element(R("ID")).Id(),
            VatId = registrations.FirstOrDefault(r => r.Attr("schemeID") == "VA").Text(),
            TaxRegistrationId = registrations.FirstOrDefault(r => r.Attr("schemeID") == "FC").Text(),
            AdditionalLegalInformation = party.ChildText(R("Description")),
            ElectronicAddress = party.Element(R("URIUniversalCommunication")) is { } uri
                ? uri.Element(R("URIID")).Id() ?? new Identifier("", null)
                : null,
            Address = ReadAddress(party.Element(R("PostalTradeAddress"))),
            Contact = ReadContact(party.Element(R("DefinedTradeContact"))),
        };
    }

    private static Address? ReadAddress(XElement? address) => address is null
        ? null
        : new Address
        {
            Line1 = address.ChildText(R("LineOne")),
            Line2 = address.ChildText(R("LineTwo")),
            Line3 = address.ChildText(R("LineThree")),
            City = address.ChildText(R("CityName")),
            PostCode = address.ChildText(R("PostcodeCode")),
            CountrySubdivision = address.ChildText(R("CountrySubDivisionName")),
            CountryCode = address.ChildText(R("CountryID")),
        };

    private static Contact? ReadContact(XElement? contact) => contact is null
        ? null
        : new Contact
        {
            Name = contact.ChildText(R("PersonName")) ?? contact.ChildText(R("DepartmentName")),
            Phone = contact.Path(R("TelephoneUniversalCommunication"), R("CompleteNumber")).Text(),
            Email = contact.Path(R("EmailURIUniversalCommunication"), R("URIID")).Text(),
        };

    private static Payee? ReadPayee(XElement? payee) => payee is null
        ? null
        : new Payee
        {
            Name = payee.ChildText(R("Name")),
            Identifier = (payee.Element(R("ID")) ?? payee.Element(R("GlobalID"))).Id(),
            LegalRegistrationId = payee.Path(R("SpecifiedLegalOrganization"), R("ID")).Id(),
        };

    private static TaxRepresentative? ReadTaxRepresentative(XElement? party) => party is null
        ? null
        : new TaxRepresentative
        {
            Name = party.ChildText(R("Name")),
            VatId = party.Elements(R("SpecifiedTaxRegistration")).Select(r => r.Element(R("ID")))
                .FirstOrDefault(r => r.Attr("schemeID") == "VA").Text(),
            Address = ReadAddress(party.Element(R("PostalTradeAddress"))),
        };

    private static Delivery? ReadDelivery(XElement? delivery)
    {
        var shipTo = delivery?.Element(R("ShipToTradeParty"));
        var date = delivery?.Path(R("ActualDeliverySupplyChainEvent"), R("OccurrenceDateTime"));
        if (shipTo is null && date is null)
        {
            return null;
        }

        return new Delivery
        {
            PartyName = shipTo.ChildText(R("Name")),
            LocationId = (shipTo?.Element(R("ID")) ?? shipTo?.Element(R("GlobalID"))).Id(),
            ActualDate = Date(date),
            Address = ReadAddress(shipTo?.Element(R("PostalTradeAddress"))),
        };
    }
}
