using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;
using OpenChorus.Web.Data;
using OpenChorus.Web.Features.Invoices.Documents;
using OpenChorus.Web.Features.Structures;
using OpenChorus.Web.Features.Structures.Access;

namespace OpenChorus.Web.Features.Invoices.Recues;

/// <summary>/factures-recues/{id}/pdf/{fileId}: a PDF file of a received invoice, served inline for the invoice view's
/// frame (the download link keeps /factures/{id}/fichiers/{fileId}). 404 unless the user sees the invoice.</summary>
public sealed class PreviewModel(AppDbContext db, AccessService access, IDocumentStore store) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int id, int fileId, CancellationToken cancellationToken)
    {
        if (await db.Invoices.AsNoTracking().FindVisibleAsync(access, User.UserId(), Space.FacturesRecues, AccessMode.Consultation, id, cancellationToken) is null)
        {
            return NotFound();
        }

        var file = await db.InvoiceFiles.AsNoTracking()
            .SingleOrDefaultAsync(f => f.Id == fileId && f.InvoiceId == id && f.ContentType == "application/pdf", cancellationToken);
        var bytes = file is null ? null : await store.GetAsync(file.Sha256, cancellationToken);
        if (bytes is null)
        {
            return NotFound();
        }

        var disposition = new ContentDispositionHeaderValue("inline");
        disposition.SetHttpFileName(file!.FileName);
        Response.Headers.ContentDisposition = disposition.ToString();
        return File(bytes, "application/pdf");
    }
}
