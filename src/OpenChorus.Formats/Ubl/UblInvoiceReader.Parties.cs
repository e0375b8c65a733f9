using System.Xml.Linq;
using OpenChorus.Formats.Model;
using OpenChorus.Formats.Xml;
using static OpenChorus.Formats.Ubl.UblNames;

namespace OpenChorus.Formats.Ubl;

internal static partial class UblInvoiceReader
{
    /// <summary>The seller or buyer: an empty party when the role is there without its cac:Party.</summary>
    private static Party? ReadRole(XElement? role) => role is null ? null : ReadParty(role.Element(A("Party"))) ?? new Party();

    private static Party? ReadParty(XElement? party)
    {
        if (party is null)
        {
            return null;
        }

        var taxSchemes = party.Elements(A("PartyTaxScheme")).ToList();
        var legal = party.Element(A("PartyLegalEntity"));
        return new Party
        {
            Name = legal.ChildText(B("RegistrationName")),
            TradingName = party.Path(A("PartyName"), B("Name")).Text(),
            Identifiers = party.Elements(A("PartyIdentification")).Select(p => p.Element(B("ID")).Id())
                .OfType<Identifier>().Where(i => i.SchemeId != "SEPA").ToList(),
            LegalRegistrationId = legal?.Element(B("CompanyID")).Id(),
            VatId = taxSchemes.FirstOrDefault(IsVatScheme).ChildText(B("CompanyID")),
            TaxRegistrationId = taxSchemes.FirstOrDefault(t => !IsVatScheme(t)).ChildText(B("CompanyID")),
            AdditionalLegalInformation = legal.ChildText(B("CompanyLegalForm")),
            ElectronicAddress = party.Element(B("EndpointID")).Id(),
            Address = ReadAddress(party.Element(A("PostalAddress"))),
            Contact = ReadContact(party.Element(A("Contact"))),
        };
    }

    private static bool IsVatScheme(XElement taxScheme) =>
        string.Equals(taxScheme.Path(A("TaxScheme"), B("ID")).Text(), "VAT", StringComparison.OrdinalIgnoreCase);

    private static Address? ReadAddress(XElement? address) => address is null
        ? null
        : new Address
        {
            Line1 = address.ChildText(B("StreetName")),
            Line2 = address.ChildText(B("AdditionalStreetName")),
            Line3 = address.Path(A("AddressLine"), B("Line")).Text(),
            City = address.ChildText(B("CityName")),
            PostCode = address.ChildText(B("PostalZone")),
            CountrySubdivision = address.ChildText(B("CountrySubentity")),
            CountryCode = address.Path(A("Country"), B("IdentificationCode")).Text(),
        };

    private static Contact? ReadContact(XElement? contact) => contact is null
        ? null
        : new Contact
        {
            Name = contact.ChildText(B("Name")),
            Phone = contact.ChildText(B("Telephone")),
            Email = contact.ChildText(B("ElectronicMail")),
        };

    private static Payee? ReadPayee(XElement? payee) => payee is null
        ? null
        : new Payee
        {
            Name = payee.Path(A("PartyName"), B("Name")).Text(),
            Identifier = payee.Elements(A("PartyIdentification")).Select(p => p.Element(B("ID")).Id())
                .FirstOrDefault(i => i?.SchemeId != "SEPA"),
            LegalRegistrationId = payee.Path(A("PartyLegalEntity"), B("CompanyID")).Id(),
        };

    private static TaxRepresentative? ReadTaxRepresentative(XElement? party) => party is null
        ? null
        : new TaxRepresentative
        {
            Name = party.Path(A("PartyName"), B("Name")).Text(),
            VatId = party.Elements(A("PartyTaxScheme")).FirstOrDefault(IsVatScheme).ChildText(B("CompanyID")),
            Address = ReadAddress(party.Element(A("PostalAddress"))),
        };

    private static Delivery? ReadDelivery(XElement? delivery) => delivery is null
        ? null
        : new Delivery
        {
            PartyName = delivery.Path(A("DeliveryParty"), A("PartyName"), B("Name")).Text(),
            LocationId = delivery.Path(A("DeliveryLocation"), B("ID")).Id(),
            ActualDate = delivery.Element(B("ActualDeliveryDate")).Date(DateFormat),
            Address = ReadAddress(delivery.Path(A("DeliveryLocation"), A("Address"))),
        };
}
