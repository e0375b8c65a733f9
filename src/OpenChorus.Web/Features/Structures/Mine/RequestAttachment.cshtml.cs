using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OpenChorus.Web.Data;
using OpenChorus.Web.Features.Structures.Access;
using OpenChorus.Web.Features.Structures.Members;

namespace OpenChorus.Web.Features.Structures.Mine;

/// <summary>"Demande de rattachement": find a structure by part of its SIRET (3 digits or more) or its exact raison
/// sociale, then ask to be attached.</summary>
public sealed class RequestAttachmentModel(AppDbContext db, RequestAttachment request) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    public string? Message { get; private set; }

    public IReadOnlyList<Structure> Results { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var q = Q?.Trim() ?? "";
        if (q.Length == 0)
        {
            return;
        }

        var digits = q.Replace(" ", "", StringComparison.Ordinal);
        var query = db.Structures.Where(s => s.IsActive);
        if (digits.All(char.IsAsciiDigit))
        {
            if (digits.Length < 3)
            {
                Message = "Saisissez au moins 3 chiffres du SIRET.";
                return;
            }

            query = query.Where(s => s.IdentifierType == IdentifierType.Siret && s.Identifier.Contains(digits));
        }
        else
        {
            var key = Structure.KeyOf(q);
            query = query.Where(s => s.CompanyNameKey == key);
        }

        Results = await query.OrderBy(s => s.CompanyName).Take(50).ToListAsync(cancellationToken);
        Message = Results.Count == 0 ? "Aucune structure ne correspond à votre recherche." : null;
    }

    public async Task<IActionResult> OnPostAsync(int structureId, CancellationToken cancellationToken)
    {
        var outcome = await request.HandleAsync(User.UserId(), structureId, cancellationToken);
        if (outcome.IsDenied)
        {
            return NotFound();
        }

        if (!outcome.Succeeded)
        {
            Message = outcome.Message;
            return Page();
        }

        TempData["Success"] = "Votre demande de rattachement est envoyée aux gestionnaires de la structure.";
        return Redirect("/structures/mine/attachments");
    }
}
