using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using OpenChorus.Web.Features.Administration;
using OpenChorus.Web.Features.Api.Accounts;
using OpenChorus.Web.Features.Structures.Access;

namespace OpenChorus.Web.Features.Api.Portal;

/// <summary>Applications raccordées (PISTE's applications): a platform administrator registers the client
/// applications allowed to ask for API tokens; the secret is shown once, OpenIddict keeps only its hash.</summary>
public sealed class ApplicationsApiModel(AccessService access, ApiClients clients) : AdministrationPageModel(access)
{
    public IReadOnlyList<ApiClient> Clients { get; private set; } = [];

    /// <summary>The client id and secret just created: shown once.</summary>
    public (string ClientId, string Secret)? Created { get; private set; }

    [BindProperty]
    [Required(ErrorMessage = "Indiquez le nom de l'application.")]
    [StringLength(100, ErrorMessage = "Le nom de l'application ne dépasse pas 100 caractères.")]
    [Display(Name = "Nom de l'application")]
    public string? Name { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => Clients = await clients.ListAsync(cancellationToken);

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken cancellationToken)
    {
        if (ModelState.IsValid && !string.IsNullOrWhiteSpace(Name))
        {
            Created = await clients.CreateAsync(Name, cancellationToken);
            Name = null;
            ModelState.Clear();
        }

        Clients = await clients.ListAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostDeleteAsync(string client, CancellationToken cancellationToken)
    {
        TempData["Success"] = await clients.DeleteAsync(client, cancellationToken)
            ? "L'application est supprimée : ses jetons ne sont plus délivrés."
            : "Cette application n'existe plus.";
        return RedirectToPage();
    }
}
