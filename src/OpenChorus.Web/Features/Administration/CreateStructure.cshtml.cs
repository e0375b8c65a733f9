using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using OpenChorus.Web.Data;
using OpenChorus.Web.Features.Structures;
using OpenChorus.Web.Features.Structures.Access;
using CreateStructureUseCase = OpenChorus.Web.Features.Structures.CreateStructure;

namespace OpenChorus.Web.Features.Administration;

/// <summary>A platform administrator creates a public structure with its parameters and, optionally, its principal.</summary>
public sealed class CreateStructureModel(AppDbContext db, AccessService access, CreateStructureUseCase create) : AdministrationPageModel(access)
{
    [BindProperty]
    public StructureInput Input { get; set; } = new();

    [BindProperty]
    public StructureParameters Parameters { get; set; } = new();

    [BindProperty]
    public string? PrincipalEmail { get; set; }

    public string? PrincipalError { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Input.IdentifierType = IdentifierType.Siret;
        Guid? principal = null;
        if (!string.IsNullOrWhiteSpace(PrincipalEmail))
        {
            var normalized = PrincipalEmail.Trim().ToUpperInvariant();
            principal = await db.Users.Where(u => u.NormalizedEmail == normalized && u.EmailConfirmed && u.DeactivatedAtUtc == null)
                .Select(u => (Guid?)u.Id).SingleOrDefaultAsync(cancellationToken);
            PrincipalError = principal is null ? "Aucun compte actif n'a cette adresse de connexion." : null;
        }

        if (!ModelState.IsValid || PrincipalError is not null)
        {
            return Page();
        }

        var (outcome, structure) = await create.AddAsync(Input.ToDraft(), isPublic: true, User.UserId(), principal, cancellationToken);
        if (structure is null)
        {
            ModelState.AddOutcome(outcome, nameof(Input));
            return Page();
        }

        structure.Parameters = Parameters;
        await db.SaveChangesAsync(cancellationToken);
        TempData["Success"] = $"La structure publique {structure.CompanyName} est créée.";
        return Redirect($"/administration/structures/{structure.Id}");
    }
}
