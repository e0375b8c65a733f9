using System.Text.RegularExpressions;
using OpenChorus.Web.Features.Structures.Identifiers;

namespace OpenChorus.Web.Features.Structures;

/// <summary>The data of a new structure, as typed in a form or read from a directory file.</summary>
public sealed partial record StructureDraft(
    IdentifierType IdentifierType,
    string Identifier,
    string CompanyName,
    string? AddressLine,
    string? PostalCode,
    string? City,
    string? CountryCode,
    string? VatNumber,
    string? Email,
    string? Iban,
    string? Bic)
{
    /// <summary>Checks every field with the identifier, VAT and bank rules; messages are keyed by property name.</summary>
    public IReadOnlyList<OutcomeError> Check()
    {
        var errors = new List<OutcomeError>();
        void Add(string field, string? message)
        {
            if (message is not null)
            {
                errors.Add(new OutcomeError(field, message));
            }
        }

        Add(nameof(Identifier), IdentifierRules.Check(IdentifierType, IdentifierRules.Normalize(Identifier)));
        Add(nameof(CompanyName), string.IsNullOrWhiteSpace(CompanyName) ? "La raison sociale est obligatoire." : null);
        Add(nameof(Email), string.IsNullOrWhiteSpace(Email) || EmailPattern().IsMatch(Email.Trim()) ? null : "L'adresse électronique de la structure n'est pas valide.");
        Add(nameof(VatNumber), Optional(VatNumber) is { } vat ? BankRules.CheckVatNumber(vat) : null);
        Add(nameof(Iban), Optional(Iban) is { } iban ? BankRules.CheckIban(iban) : null);
        Add(nameof(Bic), Optional(Bic) is { } bic ? BankRules.CheckBic(bic) : null);
        Add(nameof(Bic), Optional(Iban) is null && Optional(Bic) is not null ? "Le BIC accompagne un IBAN : saisissez aussi l'IBAN." : null);
        return errors;
    }

    public Structure ToStructure(bool isPublic, DateTime now) => new()
    {
        IdentifierType = IdentifierType,
        Identifier = IdentifierRules.Normalize(Identifier),
        IsPublic = isPublic,
        CompanyName = CompanyName.Trim(),
        AddressLine = AddressLine?.Trim(),
        PostalCode = PostalCode?.Trim(),
        City = City?.Trim(),
        CountryCode = Optional(CountryCode) ?? "FR",
        VatNumber = Optional(VatNumber),
        Email = Email?.Trim(),
        Iban = Optional(Iban),
        Bic = Optional(Bic),
        CreatedAtUtc = now,
    };

    /// <summary>Null for a blank value, else the value normalized (no spaces, upper case).</summary>
    public static string? Optional(string? value) => string.IsNullOrWhiteSpace(value) ? null : IdentifierRules.Normalize(value);

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex EmailPattern();
}
