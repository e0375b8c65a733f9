using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OpenChorus.Web.Data;
using OpenChorus.Web.Features.Invoices.Documents;
using OpenChorus.Web.Features.Structures;
using OpenChorus.Web.Features.Structures.Access;

namespace OpenChorus.Web.Features.Invoices;

/// <summary>/factures/{invoiceId}/fichiers/{fileId}: downloads one file of an invoice the user may see in any of the
/// invoice spaces (supplier, recipient, validator). 404 otherwise, whether the invoice exists or not.</summary>
public sealed class FilesModel(AppDbContext db, AccessService access, IDocumentStore store) : PageModel
{
    private static readonly Space[] InvoiceSpaces = [Space.FacturesEmises, Space.FacturesRecues, Space.FacturesAValider];

    public async Task<IActionResult> OnGetAsync(int invoiceId, int fileId, CancellationToken cancellationToken)
    {
        foreach (var space in InvoiceSpaces)
        {
            if (await db.Invoices.AsNoTracking().FindVisibleAsync(access, User.UserId(), space, AccessMode.Consultation, invoiceId, cancellationToken) is not null)
            {
                var file = await db.InvoiceFiles.AsNoTracking().SingleOrDefaultAsync(f => f.Id == fileId && f.InvoiceId == invoiceId, cancellationToken);
                var bytes = file is null ? null : await store.GetAsync(file.Sha256, cancellationToken);
                return bytes is null ? NotFound() : File(bytes, file!.ContentType, file.FileName);
            }
        }

        return NotFound();
    }
}
