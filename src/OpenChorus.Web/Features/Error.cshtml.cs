using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace OpenChorus.Web.Features;

/// <summary>The one error page: a French message, never a stack trace.</summary>
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    public string Title { get; private set; } = "Une erreur est survenue";

    public string Message { get; private set; } = "Le service a rencontré un problème. Réessayez dans quelques instants.";

    public void OnGet([FromQuery] int? code) => Describe(code);

    public void OnPost([FromQuery] int? code) => Describe(code);

    private void Describe(int? code)
    {
        (Title, Message) = code switch
        {
            404 => ("Page non trouvée", "La page que vous cherchez n'existe pas ou a été déplacée."),
            403 => ("Accès refusé", "Vous n'avez pas les droits nécessaires pour accéder à cette page."),
            400 => ("Requête invalide", "La demande n'a pas pu être traitée."),
            429 => ("Trop de tentatives", "Vous avez envoyé trop de demandes en peu de temps depuis cette adresse. Patientez une minute, puis réessayez."),
            _ => (Title, Message),
        };
        if (code is >= 400 and < 600)
        {
            Response.StatusCode = code.Value;
        }
    }
}
