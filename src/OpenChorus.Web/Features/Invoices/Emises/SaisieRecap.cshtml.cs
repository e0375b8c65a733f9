using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenChorus.Web.Data;
using OpenChorus.Web.Features.Invoices.Shared;
using OpenChorus.Web.Features.Structures;
using OpenChorus.Web.Features.Structures.Access;

namespace OpenChorus.Web.Features.Invoices.Emises;

/// <summary>/factures-emises/saisie/{id}: the deposit recap of a keyed-in invoice (its data, files and history), for
/// the users who see it in "Factures émises". 404 otherwise.</summary>
public sealed class SaisieRecapModel(AppDbContext db, AccessService access) : PageModel
{
    public InvoiceDetails Details { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var visible = await db.Invoices.FindVisibleAsync(access, User.UserId(), Space.FacturesEmises, AccessMode.Consultation, id, cancellationToken);
        if (visible is null)
        {
            return NotFound();
        }

        Details = await InvoiceDetails.LoadAsync(db, visible, cancellationToken);
        return Page();
    }
}
