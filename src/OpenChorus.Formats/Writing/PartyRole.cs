namespace OpenChorus.Formats.Writing;

/// <summary>The EN 16931 ids of a party's terms, which differ by role (seller BG-4, buyer BG-7…).</summary>
/// <param name="Name">Legal name.</param>
/// <param name="TradingName">Trading name.</param>
/// <param name="Identifier">Party identifier.</param>
/// <param name="Legal">Legal registration identifier.</param>
/// <param name="Vat">VAT identifier.</param>
/// <param name="TaxRegistration">Tax registration identifier (seller only).</param>
/// <param name="LegalInformation">Additional legal information (seller only).</param>
/// <param name="Electronic">Electronic address.</param>
/// <param name="Address">Address terms: line 1, line 2, line 3, city, post code, subdivision, country.</param>
/// <param name="Contact">Contact terms: point, telephone, email.</param>
internal sealed record PartyRole(
    string Name, string TradingName, string Identifier, string Legal, string Vat, string TaxRegistration,
    string LegalInformation, string Electronic, AddressTerms Address, string[] Contact)
{
    public static PartyRole Seller { get; } = new("BT-27", "BT-28", "BT-29", "BT-30", "BT-31", "BT-32", "BT-33", "BT-34",
        new("BT-35", "BT-36", "BT-162", "BT-37", "BT-38", "BT-39", "BT-40"), ["BT-41", "BT-42", "BT-43"]);

    public static PartyRole Buyer { get; } = new("BT-44", "BT-45", "BT-46", "BT-47", "BT-48", "BT-32", "BT-33", "BT-49",
        new("BT-50", "BT-51", "BT-163", "BT-52", "BT-53", "BT-54", "BT-55"), ["BT-56", "BT-57", "BT-58"]);
}

/// <summary>The EN 16931 ids of an address's terms for one role.</summary>
internal sealed record AddressTerms(
    string Line1, string Line2, string Line3, string City, string PostCode, string Subdivision, string Country)
{
    public static AddressTerms TaxRepresentative { get; } = new("BT-64", "BT-65", "BT-164", "BT-66", "BT-67", "BT-68", "BT-69");

    public static AddressTerms DeliverTo { get; } = new("BT-75", "BT-76", "BT-165", "BT-77", "BT-78", "BT-79", "BT-80");
}
