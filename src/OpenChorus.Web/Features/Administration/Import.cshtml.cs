using System.Text;
using Microsoft.AspNetCore.Mvc;
using OpenChorus.Web.Features.Structures.Access;
using OpenChorus.Web.Features.Structures.Directory;

namespace OpenChorus.Web.Features.Administration;

/// <summary>Imports a directory file of public structures and services (format in <see cref="DirectoryFile"/>).</summary>
public sealed class ImportModel(AccessService access, ImportDirectory import) : AdministrationPageModel(access)
{
    private const long MaxBytes = 5 * 1024 * 1024;

    public ImportReport? Report { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(IFormFile? file, CancellationToken cancellationToken)
    {
        if (file is null || file.Length == 0 || file.Length > MaxBytes)
        {
            Report = new ImportReport(["Choisissez un fichier d'annuaire non vide de 5 Mo au plus."], 0, 0);
            return Page();
        }

        string content;
        using (var reader = new StreamReader(file.OpenReadStream(), new UTF8Encoding(false, throwOnInvalidBytes: true)))
        {
            try
            {
                content = await reader.ReadToEndAsync(cancellationToken);
            }
            catch (DecoderFallbackException)
            {
                Report = new ImportReport(["Le fichier doit être encodé en UTF-8."], 0, 0);
                return Page();
            }
        }

        Report = await import.HandleAsync(User.UserId(), content, cancellationToken);
        if (Report.Denied)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        if (!Report.Succeeded)
        {
            return Page();
        }

        TempData["Success"] = $"Annuaire importé : {Report.StructuresCreated} structure(s) créée(s), {Report.ServicesSaved} service(s) enregistré(s).";
        return Redirect("/administration");
    }
}
