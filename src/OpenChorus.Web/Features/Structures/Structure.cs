namespace OpenChorus.Web.Features.Structures;

/// <summary>Type d'identifiant de la structure (API <c>typeIdentifiantStructure</c>).</summary>
public enum IdentifierType
{
    /// <summary>SIRET: 14 digits, Luhn key (La Poste exception).</summary>
    Siret,

    /// <summary>Structure européenne hors France.</summary>
    UeHorsFrance,

    /// <summary>Structure hors UE.</summary>
    HorsUe,

    /// <summary>RIDET (Nouvelle-Calédonie).</summary>
    Ridet,

    /// <summary>Numéro TAHITI (Polynésie française).</summary>
    Tahiti,

    /// <summary>Particulier.</summary>
    Particulier,

    /// <summary>En cours d'immatriculation (API code AUTRE).</summary>
    EnCoursImmatriculation,
}

/// <summary>Structure (Chorus Pro): one legal entity, identified by SIRET or another identifier, private or public.</summary>
public sealed class Structure
{
    private string _companyName = "";

    public int Id { get; init; }

    public IdentifierType IdentifierType { get; set; }

    /// <summary>The identifier as typed without spaces (SIRET: 14 digits). Unique per identifier type.</summary>
    public required string Identifier { get; set; }

    /// <summary>Structure publique (a recipient of invoices) or privée.</summary>
    public bool IsPublic { get; set; }

    /// <summary>Raison sociale (or nom et prénom for a particulier).</summary>
    public required string CompanyName
    {
        get => _companyName;
        set
        {
            _companyName = value;
            CompanyNameKey = KeyOf(value);
        }
    }

    /// <summary>The raison sociale without case, accents or repeated spaces: what "exact raison sociale" search compares,
    /// the same way on SQLite (whose UPPER() ignores accents) and PostgreSQL.</summary>
    public string CompanyNameKey { get; private set; } = "";

    public string? AddressLine { get; set; }

    public string? PostalCode { get; set; }

    public string? City { get; set; }

    /// <summary>ISO 3166-1 alpha-2 country code.</summary>
    public string CountryCode { get; set; } = "FR";

    /// <summary>Numéro de TVA intracommunautaire.</summary>
    public string? VatNumber { get; set; }

    public string? Email { get; set; }

    public string? Iban { get; set; }

    public string? Bic { get; set; }

    public bool IsActive { get; set; } = true;

    public DateTime CreatedAtUtc { get; set; }

    /// <summary>Public-structure parameters (DOMAIN.md §2.4), applied when an invoice is deposited.</summary>
    public StructureParameters Parameters { get; set; } = new();

    public List<Service> Services { get; } = [];

    public static string KeyOf(string name)
    {
        var decomposed = name.Normalize(System.Text.NormalizationForm.FormD)
            .Where(c => System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark);
        return string.Join(' ', new string(decomposed.ToArray()).ToUpperInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}

/// <summary>Paramètres d'une structure publique (API <c>parametres</c>).</summary>
public sealed class StructureParameters
{
    /// <summary><c>codeServiceDoitEtreRenseigne</c>.</summary>
    public bool ServiceCodeRequired { get; set; }

    /// <summary><c>numeroEJDoitEtreRenseigne</c>.</summary>
    public bool EngagementRequired { get; set; }

    /// <summary><c>gestionNumeroEJOuCodeService</c>: at least one of the two.</summary>
    public bool ServiceOrEngagementRequired { get; set; }

    /// <summary><c>statutMiseEnPaiementNestPasRemonte</c>.</summary>
    public bool PaymentStatusNotReported { get; set; }
}
