using System.Globalization;

namespace OpenChorus.Web.Features.Structures.Directory;

/// <summary>
/// The directory file of public structures: UTF-8 text (a BOM is fine), one record per line, fields separated by ";";
/// a value holding ";" or quotes is written in double quotes, as Excel does (<see cref="SemicolonCsv"/>). Empty lines,
/// lines starting with "#" and a header line starting with "type" are skipped.
/// <code>
/// STRUCTURE;siret;raison sociale;adresse;code postal;ville;e-mail;code service obligatoire;numéro d'engagement obligatoire;code service ou engagement;statut mise en paiement non remonté
/// SERVICE;siret;code service;libellé;actif;début de validité;fin de validité;engagement obligatoire;mise en paiement
/// </code>
/// Yes/no fields take O or N (also oui/non, 1/0); dates are AAAA-MM-JJ or JJ/MM/AAAA, or empty.
/// </summary>
public static class DirectoryFile
{
    public const int StructureFields = 11;
    public const int ServiceFields = 9;

    /// <summary>The STRUCTURE and SERVICE records, with the line each starts on; blank, comment and header lines are left out.</summary>
    public static IEnumerable<CsvRecord> Records(string content) =>
        SemicolonCsv.Read(content).Where(r =>
            r.Error is not null
            || !(r.Fields is [""] || r.Fields[0].StartsWith('#') || (r.LineNumber == 1 && r.Fields[0].StartsWith("type", StringComparison.OrdinalIgnoreCase))));

    public static bool? YesNo(string value) => value.ToUpperInvariant() switch
    {
        "O" or "OUI" or "1" or "Y" or "TRUE" or "VRAI" => true,
        "N" or "NON" or "0" or "FALSE" or "FAUX" => false,
        _ => null,
    };

    public static bool TryDate(string value, out DateOnly? date)
    {
        date = null;
        if (value.Length == 0)
        {
            return true;
        }

        if (DateOnly.TryParseExact(value, ["yyyy-MM-dd", "dd/MM/yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            date = parsed;
            return true;
        }

        return false;
    }
}
