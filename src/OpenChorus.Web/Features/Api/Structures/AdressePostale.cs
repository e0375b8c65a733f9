using OpenChorus.Web.Features.Structures;

namespace OpenChorus.Web.Features.Api.Structures;

/// <summary><c>adressePostale</c> / <c>adressePostaleDuSiege</c>: the structure's address as the portal holds it.</summary>
public sealed class AdressePostale
{
    public string? Adresse { get; init; }

    public string? ComplementAdresse1 { get; init; }

    public string? ComplementAdresse2 { get; init; }

    public string? CodePostal { get; init; }

    public string? Ville { get; init; }

    public string? Pays { get; init; }

    public string? Telephone { get; init; }

    public string? IndicatifTelephone { get; init; }

    public string? Fax { get; init; }

    public string? IndicatifFax { get; init; }

    public static AdressePostale Of(Structure structure) => new()
    {
        Adresse = structure.AddressLine,
        CodePostal = structure.PostalCode,
        Ville = structure.City,
        Pays = structure.CountryCode,
    };
}
