using Microsoft.AspNetCore.Authentication;
using OpenChorus.Web.Features.Api.Accounts;
using OpenIddict.Validation.AspNetCore;

namespace OpenChorus.Web.Features.Api.Wire;

/// <summary>
/// The gate of every Chorus Pro operation, as PISTE and Chorus Pro apply it: a valid bearer token from
/// <c>/api/oauth/token</c> (else 401 with <c>WWW-Authenticate</c>), then a technical account in <c>cpro-account</c>
/// (else 401 saying why). The caller found is what the operations and the access service work with.
/// </summary>
public static class CproAccess
{
    private const string CallerKey = "OpenChorus.CproCaller";

    public static async ValueTask<object?> FilterAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var token = await http.AuthenticateAsync(OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme);
        if (!token.Succeeded)
        {
            http.Response.Headers.WWWAuthenticate = http.Request.Headers.Authorization.Count == 0
                ? "Bearer"
                : "Bearer error=\"invalid_token\", error_description=\"The access token is missing, expired or invalid.\"";
            return CproResults.Error(StatusCodes.Status401Unauthorized, StatusCodes.Status401Unauthorized,
                "Jeton d'accès absent, expiré ou invalide : demandez-en un à /api/oauth/token (client_credentials).");
        }

        var check = http.RequestServices.GetRequiredService<CproAccountCheck>();
        var account = await check.CheckAsync(http.Request.Headers[CproAccountCheck.Header].FirstOrDefault(), http.RequestAborted);
        if (account.Caller is null)
        {
            return CproResults.Error(StatusCodes.Status401Unauthorized, StatusCodes.Status401Unauthorized, $"Compte technique refusé : {account.Refusal}");
        }

        http.Items[CallerKey] = account.Caller;
        return await next(context);
    }

    /// <summary>The technical account calling; only inside the API groups, after the gate.</summary>
    public static CproCaller CallerOf(HttpContext http) =>
        http.Items[CallerKey] as CproCaller ?? throw new InvalidOperationException("Not a Chorus Pro API call.");
}
