using System.Text.RegularExpressions;

namespace OpenChorus.Web.Features.Structures.Identifiers;

/// <summary>Checks a structure identifier for its type (DOMAIN.md §2.1–2.2). Pure: no database, no I/O.</summary>
public static partial class IdentifierRules
{
    /// <summary>SIREN of La Poste, whose establishments are numbered outside the Luhn scheme.</summary>
    public const string LaPosteSiren = "356000000";

    /// <summary>Removes spaces and dots people type in identifiers and upper-cases letters.</summary>
    public static string Normalize(string? value) =>
        new string((value ?? "").Where(c => !char.IsWhiteSpace(c) && c != '.').ToArray()).ToUpperInvariant();

    /// <summary>The French message explaining why <paramref name="identifier"/> (normalized) is not valid, or null.</summary>
    public static string? Check(IdentifierType type, string identifier) => type switch
    {
        IdentifierType.Siret => CheckSiret(identifier),
        IdentifierType.Tahiti => TahitiPattern().IsMatch(identifier) ? null
            : "Le numéro TAHITI doit comporter une lettre ou un chiffre suivi de 5 chiffres, éventuellement suivis des 3 chiffres de l'établissement (6 ou 9 caractères).",
        IdentifierType.Ridet => RidetPattern().IsMatch(identifier) ? null
            : "Le RIDET doit comporter 7 chiffres, éventuellement suivis des 3 chiffres de l'établissement (7 ou 10 chiffres).",
        IdentifierType.UeHorsFrance => EuVatPattern().IsMatch(identifier) ? null
            : "Pour une structure européenne hors France, l'identifiant est le numéro de TVA intracommunautaire : le code d'un pays de l'Union autre que la France (2 lettres) suivi de 2 à 13 lettres ou chiffres.",
        IdentifierType.HorsUe or IdentifierType.Particulier or IdentifierType.EnCoursImmatriculation =>
            FreePattern().IsMatch(identifier) ? null
            : "L'identifiant doit comporter de 1 à 18 lettres, chiffres ou tirets.",
    };

    /// <summary>SIRET: 14 digits whose Luhn sum is a multiple of 10; La Poste's establishments (SIREN 356000000)
    /// are also valid when the sum of their digits is a multiple of 5.</summary>
    public static string? CheckSiret(string siret)
    {
        if (siret.Length != 14 || !siret.All(char.IsAsciiDigit))
        {
            return "Le SIRET doit comporter 14 chiffres.";
        }

        return IsValidSiret(siret) ? null : $"Le SIRET {siret} n'est pas valide (clé de contrôle).";
    }

    public static bool IsValidSiret(string siret) =>
        siret.Length == 14 && siret.All(char.IsAsciiDigit)
        && (Luhn(siret) % 10 == 0 || (siret.StartsWith(LaPosteSiren, StringComparison.Ordinal) && siret.Sum(c => c - '0') % 5 == 0));

    /// <summary>Luhn sum: from the right, every second digit is doubled (minus 9 when above 9).</summary>
    public static int Luhn(string digits)
    {
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var digit = digits[digits.Length - 1 - i] - '0';
            if (i % 2 == 1)
            {
                digit *= 2;
                if (digit > 9)
                {
                    digit -= 9;
                }
            }

            sum += digit;
        }

        return sum;
    }

    [GeneratedRegex("^[A-Z0-9][0-9]{5}([0-9]{3})?$")]
    private static partial Regex TahitiPattern();

    [GeneratedRegex("^[0-9]{7}([0-9]{3})?$")]
    private static partial Regex RidetPattern();

    [GeneratedRegex("^(AT|BE|BG|CY|CZ|DE|DK|EE|EL|ES|FI|HR|HU|IE|IT|LT|LU|LV|MT|NL|PL|PT|RO|SE|SI|SK|XI)[A-Z0-9]{2,13}$")]
    private static partial Regex EuVatPattern();

    [GeneratedRegex("^[A-Z0-9-]{1,18}$")]
    private static partial Regex FreePattern();
}
