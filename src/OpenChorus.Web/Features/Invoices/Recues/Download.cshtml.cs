using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenChorus.Web.Features.Structures.Access;

namespace OpenChorus.Web.Features.Invoices.Recues;

/// <summary>POST /factures-recues/telechargement: the zip of the invoices ticked on a list; on refusal, back to the
/// list with the reason.</summary>
public sealed class DownloadModel(ZipInvoices zip, TimeProvider clock) : PageModel
{
    public IActionResult OnGet() => Redirect("/factures-recues");

    public async Task<IActionResult> OnPostAsync([FromForm] List<int> ids, [FromForm] string? returnUrl, CancellationToken cancellationToken)
    {
        var (stream, refusal) = await zip.HandleAsync(User.UserId(), ids, cancellationToken);
        if (stream is null)
        {
            TempData["Failure"] = refusal;
            var back = returnUrl is not null && Url.IsLocalUrl(returnUrl) && returnUrl.StartsWith("/factures-recues", StringComparison.Ordinal)
                ? returnUrl
                : "/factures-recues";
            return Redirect(back);
        }

        var day = clock.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        return File(stream, "application/zip", $"factures-recues-{day}.zip");
    }
}
