using OpenChorus.Formats.Model;

namespace OpenChorus.Pdf.Rendering;

/// <summary>The text lines that describe a party: name, address and identifiers (SIREN, SIRET, VAT number…).</summary>
internal static class PartyLines
{
    /// <summary>Seller (BG-4) or buyer (BG-7).</summary>
    public static IReadOnlyList<TextLine> Of(Party? party, Labels labels, Language language)
    {
        if (party is null)
        {
            return [];
        }

        var lines = new List<TextLine?>
        {
            party.Name is { } name ? new TextLine(name, Bold: true) : null,
            TextLine.Field(labels.TradingName, party.TradingName, language),
        };
        lines.AddRange(Address(party.Address));
        if (party.LegalRegistrationId is { } legal)
        {
            lines.Add(TextLine.Field(IdentifierLabel(legal, labels.LegalId, labels), legal.Value, language));
        }

        foreach (var id in party.Identifiers.Where(i => i.Value != party.LegalRegistrationId?.Value))
        {
            lines.Add(TextLine.Field(IdentifierLabel(id, labels.PartyId, labels), id.Value, language));
        }

        lines.Add(TextLine.Field(labels.VatId, party.VatId, language));
        lines.Add(TextLine.Field(labels.TaxRegistration, party.TaxRegistrationId, language));
        lines.Add(party.AdditionalLegalInformation is { } legalInfo ? new TextLine(legalInfo) : null);
        lines.Add(TextLine.Field(labels.ElectronicAddress, WithScheme(party.ElectronicAddress), language));
        lines.Add(TextLine.Field(labels.Contact, Join(party.Contact?.Name, party.Contact?.Phone, party.Contact?.Email), language));
        return lines.OfType<TextLine>().ToList();
    }

    /// <summary>Payee (BG-10), when it is not the seller.</summary>
    public static IReadOnlyList<TextLine> Of(Payee? payee, Labels labels, Language language) => payee is null ? [] :
        new[]
        {
            payee.Name is { } name ? new TextLine(name, Bold: true) : (TextLine?)null,
            payee.Identifier is { } id ? TextLine.Field(IdentifierLabel(id, labels.PartyId, labels), id.Value, language) : null,
            payee.LegalRegistrationId is { } legal ? TextLine.Field(IdentifierLabel(legal, labels.LegalId, labels), legal.Value, language) : null,
        }.OfType<TextLine>().ToList();

    /// <summary>Seller tax representative (BG-11).</summary>
    public static IReadOnlyList<TextLine> Of(TaxRepresentative? representative, Labels labels, Language language) =>
        representative is null ? [] :
        new[] { representative.Name is { } name ? new TextLine(name, Bold: true) : (TextLine?)null }
            .Concat(Address(representative.Address))
            .Append(TextLine.Field(labels.VatId, representative.VatId, language))
            .OfType<TextLine>().ToList();

    /// <summary>Delivery (BG-13): deliver-to party, location and address; the date is shown with the others.</summary>
    public static IReadOnlyList<TextLine> Of(Delivery? delivery, Labels labels, Language language) =>
        delivery is null ? [] :
        new[]
        {
            delivery.PartyName is { } name ? new TextLine(name, Bold: true) : (TextLine?)null,
            TextLine.Field(labels.PartyId, WithScheme(delivery.LocationId), language),
        }.Concat(Address(delivery.Address)).OfType<TextLine>().ToList();

    /// <summary>SIREN for ISO 6523 scheme 0002, SIRET for 0009, otherwise the given label and the scheme.</summary>
    public static string IdentifierLabel(Identifier id, string fallback, Labels labels) => id.SchemeId?.Trim() switch
    {
        "0002" => labels.Siren,
        "0009" => labels.Siret,
        null or "" => fallback,
        var scheme => fallback + " (" + scheme + ")",
    };

    public static string? WithScheme(Identifier? id) =>
        id is null ? null : string.IsNullOrWhiteSpace(id.SchemeId) ? id.Value : id.Value + " (" + id.SchemeId + ")";

    public static string? Join(params string?[] parts)
    {
        var present = parts.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p!.Trim()).ToList();
        return present.Count == 0 ? null : string.Join(" · ", present);
    }

    private static IEnumerable<TextLine?> Address(Address? address)
    {
        if (address is null)
        {
            yield break;
        }

        foreach (var line in new[] { address.Line1, address.Line2, address.Line3 })
        {
            yield return string.IsNullOrWhiteSpace(line) ? null : new TextLine(line.Trim());
        }

        var city = Join(address.PostCode, address.City)?.Replace(" · ", " ", StringComparison.Ordinal);
        yield return city is null ? null : new TextLine(city);
        var region = Join(address.CountrySubdivision, address.CountryCode);
        yield return region is null ? null : new TextLine(region);
    }
}
