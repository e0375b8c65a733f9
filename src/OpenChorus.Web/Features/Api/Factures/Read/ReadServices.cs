namespace OpenChorus.Web.Features.Api.Factures.Read;

/// <summary>The read side's helpers, made per request from the request's services (nothing to register).</summary>
internal static class ReadServices
{
    public static ReadAccess Access(HttpContext http) => ActivatorUtilities.CreateInstance<ReadAccess>(http.RequestServices);

    public static InvoiceSearches Searches(HttpContext http) => ActivatorUtilities.CreateInstance<InvoiceSearches>(http.RequestServices, Access(http));
}
