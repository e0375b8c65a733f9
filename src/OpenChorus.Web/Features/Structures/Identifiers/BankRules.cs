using System.Text.RegularExpressions;

namespace OpenChorus.Web.Features.Structures.Identifiers;

/// <summary>IBAN (ISO 13616, mod 97), BIC (ISO 9362) and VAT number checks, with French messages.</summary>
public static partial class BankRules
{
    public static string? CheckIban(string iban)
    {
        if (!IbanPattern().IsMatch(iban))
        {
            return "L'IBAN doit commencer par le code pays (2 lettres) et 2 chiffres de clé, et comporter de 15 à 34 caractères.";
        }

        return IbanRemainder(iban) == 1 ? null : "L'IBAN n'est pas valide (clé de contrôle).";
    }

    public static string? CheckBic(string bic) => BicPattern().IsMatch(bic)
        ? null
        : "Le BIC doit comporter 8 ou 11 caractères : 4 lettres (banque), 2 lettres (pays), 2 lettres ou chiffres (emplacement) et éventuellement 3 pour l'agence.";

    /// <summary>Numéro de TVA intracommunautaire: country code + 2 to 13 characters; for France, FR + 2-digit key +
    /// SIREN with key = (12 + 3 × (SIREN mod 97)) mod 97.</summary>
    public static string? CheckVatNumber(string vat)
    {
        if (!VatPattern().IsMatch(vat))
        {
            return "Le numéro de TVA intracommunautaire doit commencer par le code pays (2 lettres) suivi de 2 à 13 lettres ou chiffres.";
        }

        if (!vat.StartsWith("FR", StringComparison.Ordinal))
        {
            return null;
        }

        var message = "Le numéro de TVA français doit comporter FR, une clé de 2 chiffres et le SIREN (9 chiffres), avec une clé exacte.";
        if (vat.Length != 13 || !vat[2..].All(char.IsAsciiDigit))
        {
            return message;
        }

        var siren = long.Parse(vat[4..], System.Globalization.CultureInfo.InvariantCulture);
        var key = int.Parse(vat[2..4], System.Globalization.CultureInfo.InvariantCulture);
        return (12 + (3 * (siren % 97))) % 97 == key ? null : message;
    }

    /// <summary>Moves the first 4 characters to the end, turns letters into numbers (A = 10) and reduces mod 97.</summary>
    private static int IbanRemainder(string iban)
    {
        var remainder = 0;
        foreach (var c in iban[4..] + iban[..4])
        {
            var value = char.IsAsciiDigit(c) ? c - '0' : c - 'A' + 10;
            remainder = value > 9 ? ((remainder * 100) + value) % 97 : ((remainder * 10) + value) % 97;
        }

        return remainder;
    }

    [GeneratedRegex("^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$")]
    private static partial Regex IbanPattern();

    [GeneratedRegex("^[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?$")]
    private static partial Regex BicPattern();

    [GeneratedRegex("^[A-Z]{2}[A-Z0-9]{2,13}$")]
    private static partial Regex VatPattern();
}
