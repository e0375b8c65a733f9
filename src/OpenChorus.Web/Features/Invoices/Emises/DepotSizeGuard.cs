using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using OpenChorus.Web.Features.Invoices.Emises.Deposit;

namespace OpenChorus.Web.Features.Invoices.Emises;

/// <summary>
/// The deposit page accepts requests up to the 120 MB Chorus Pro allows for an invoice and its attachments (plus the
/// form's own fields); a bigger one is answered, before its body is read, by the page again with a French message,
/// instead of the error page Kestrel's limit would give.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class DepotSizeGuardAttribute : Attribute, IAuthorizationFilter, IOrderedFilter
{
    /// <summary>120 MB of files and 1 MB for the rest of the multipart form.</summary>
    public const long MaxRequestBytes = AttachmentRules.MaxTotalBytes + (1024 * 1024);

    public const string TooBigQuery = "erreur=taille";

    public int Order => int.MinValue;

    public void OnAuthorization(AuthorizationFilterContext context)
    {
        var request = context.HttpContext.Request;
        if (HttpMethods.IsPost(request.Method) && request.ContentLength > MaxRequestBytes)
        {
            context.Result = new RedirectResult($"{request.Path}?{TooBigQuery}");
        }
    }
}
