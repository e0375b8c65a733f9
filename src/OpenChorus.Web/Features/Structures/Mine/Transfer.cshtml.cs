using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OpenChorus.Web.Data;
using OpenChorus.Web.Features.Structures.Access;
using OpenChorus.Web.Features.Structures.Members;

namespace OpenChorus.Web.Features.Structures.Mine;

/// <summary>The confirmation window of the principal-role transfer, as a page so it works without JavaScript.</summary>
public sealed class TransferModel(AppDbContext db, AccessService access, TransferPrincipal transfer) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Email { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Search { get; set; }

    public string StructureName { get; private set; } = "";

    public string? Error { get; private set; }

    public IReadOnlyList<Candidate> Candidates { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        if (!string.IsNullOrWhiteSpace(Search))
        {
            var term = Search.Trim().ToUpperInvariant();
            // EF translates ToUpper() to SQL UPPER(); culture overloads do not translate.
#pragma warning disable CA1304, CA1311, CA1862
            Candidates = await (from m in db.Memberships
                                join u in db.Users on m.UserId equals u.Id
                                where m.StructureId == Id && m.Role != StructureRole.PrincipalManager && u.EmailConfirmed && u.DeactivatedAtUtc == null
                                      && (u.NormalizedEmail!.Contains(term) || u.LastName.ToUpper().Contains(term) || u.FirstName.ToUpper().Contains(term))
                                orderby u.LastName
                                select new Candidate(u.FirstName + " " + u.LastName, u.Email!)).Take(20).ToListAsync(cancellationToken);
#pragma warning restore CA1304, CA1311, CA1862
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        var outcome = await transfer.HandleAsync(User.UserId(), Id, Email ?? "", cancellationToken);
        if (outcome.IsDenied)
        {
            return NotFound();
        }

        if (!outcome.Succeeded)
        {
            Error = outcome.Message;
            return Page();
        }

        TempData["Success"] = $"Le rôle de gestionnaire principal de {StructureName} est transféré à {Email}. Vous êtes maintenant gestionnaire secondaire.";
        return Redirect("/structures/mine/attachments");
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        if (!await access.IsPrincipalAsync(User.UserId(), Id, cancellationToken))
        {
            return false;
        }

        StructureName = await db.Structures.Where(s => s.Id == Id).Select(s => s.CompanyName).SingleAsync(cancellationToken);
        return true;
    }
}

public sealed record Candidate(string Name, string Email);
