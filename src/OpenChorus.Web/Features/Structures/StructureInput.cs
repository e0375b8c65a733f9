using System.ComponentModel.DataAnnotations;

namespace OpenChorus.Web.Features.Structures;

/// <summary>The fields of the "Créer une structure" form.</summary>
public sealed class StructureInput
{
    [Display(Name = "Type d'identifiant")]
    public IdentifierType IdentifierType { get; set; } = IdentifierType.Siret;

    [Display(Name = "Identifiant (SIRET : 14 chiffres)")]
    [Required(ErrorMessage = "L'identifiant est obligatoire.")]
    public string? Identifier { get; set; }

    [Display(Name = "Raison sociale")]
    [Required(ErrorMessage = "La raison sociale est obligatoire.")]
    [StringLength(200, ErrorMessage = "La raison sociale comporte 200 caractères au plus.")]
    public string? CompanyName { get; set; }

    [Display(Name = "Adresse")]
    [StringLength(300)]
    public string? AddressLine { get; set; }

    [Display(Name = "Code postal")]
    [StringLength(20)]
    public string? PostalCode { get; set; }

    [Display(Name = "Ville")]
    [StringLength(100)]
    public string? City { get; set; }

    [Display(Name = "Pays (code ISO à 2 lettres)")]
    [RegularExpression("^[A-Za-z]{2}$", ErrorMessage = "Le pays s'écrit avec son code à 2 lettres (FR, BE…).")]
    public string? CountryCode { get; set; } = "FR";

    [Display(Name = "Numéro de TVA intracommunautaire (facultatif)")]
    public string? VatNumber { get; set; }

    [Display(Name = "Adresse électronique de la structure")]
    [EmailAddress(ErrorMessage = "L'adresse électronique n'est pas valide.")]
    [StringLength(320)]
    public string? Email { get; set; }

    [Display(Name = "IBAN (facultatif)")]
    public string? Iban { get; set; }

    [Display(Name = "BIC (facultatif)")]
    public string? Bic { get; set; }

    public StructureDraft ToDraft() => new(
        IdentifierType, Identifier ?? "", CompanyName ?? "", AddressLine, PostalCode, City, CountryCode, VatNumber, Email, Iban, Bic);
}
