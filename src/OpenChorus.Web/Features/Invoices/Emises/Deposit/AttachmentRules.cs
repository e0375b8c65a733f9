namespace OpenChorus.Web.Features.Invoices.Emises.Deposit;

/// <summary>Les règles des pièces jointes (DOMAIN.md §3.3): allowed extensions, a name of at most 50 characters with
/// its extension, each file under 10 MB, the invoice and its attachments together at most 120 MB.</summary>
public static class AttachmentRules
{
    public const string Field = "Attachments";
    public const int NameMaxLength = 50;
    public const long MaxFileBytes = 10L * 1024 * 1024;
    public const long MaxTotalBytes = 120L * 1024 * 1024;

    public static readonly IReadOnlySet<string> Extensions = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "bmp", "gif", "fax", "odt", "ppt", "tiff", "xls", "bz2", "gz", "jpeg", "p7s", "rtf", "txt", "xml", "csv", "gzip",
        "jpg", "pdf", "svg", "xhtml", "xlsx", "doc", "htm", "odp", "png", "tgz", "xlc", "zip", "docx", "html", "ods", "pps",
        "tif", "xlm", "pptx",
    };

    /// <summary>What is wrong with one attachment, in French, or null.</summary>
    public static string? Check(string fileName, long length)
    {
        var dot = fileName.LastIndexOf('.');
        var extension = dot < 0 ? "" : fileName[(dot + 1)..];
        if (dot <= 0 || extension.Length == 0)
        {
            return $"« {fileName} » : le nom de la pièce jointe doit comporter une extension (par exemple .pdf).";
        }

        if (!Extensions.Contains(extension))
        {
            return $"« {fileName} » : les fichiers .{extension.ToLowerInvariant()} ne sont pas acceptés en pièce jointe "
                + "(formats acceptés : PDF, images, documents bureautiques, XML, CSV, TXT, archives ZIP…).";
        }

        if (fileName.Length > NameMaxLength)
        {
            return $"« {fileName} » : le nom de la pièce jointe compte au plus {NameMaxLength} caractères, extension comprise (il en a {fileName.Length}).";
        }

        if (length == 0)
        {
            return $"« {fileName} » : le fichier est vide.";
        }

        return length >= MaxFileBytes
            ? $"« {fileName} » : chaque pièce jointe doit peser moins de 10 Mo (celle-ci pèse {Megabytes(length)})."
            : null;
    }

    /// <summary>The message when the invoice and its attachments weigh more than 120 MB together, or null.</summary>
    public static string? CheckTotal(long totalBytes) =>
        totalBytes > MaxTotalBytes
            ? $"La facture et ses pièces jointes pèsent {Megabytes(totalBytes)} : le total ne peut dépasser 120 Mo."
            : null;

    public static string Megabytes(long bytes) =>
        string.Create(System.Globalization.CultureInfo.GetCultureInfo("fr-FR"), $"{bytes / (1024.0 * 1024.0):N1} Mo");
}
