using System.Security.Claims;
using Microsoft.AspNetCore;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace OpenChorus.Web.Features.Api.Accounts;

/// <summary><c>POST /api/oauth/token</c>, as PISTE answers it: OpenIddict has already checked the client id and secret
/// (a bad one is answered <c>invalid_client</c>); this issues the access token for the client application.</summary>
public static class TokenEndpoint
{
    public const string Path = "/api/oauth/token";

    public static async Task<IResult> HandleAsync(HttpContext http, IOpenIddictApplicationManager applications)
    {
        var request = http.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenIddict request.");
        var application = await applications.FindByClientIdAsync(request.ClientId!, http.RequestAborted)
                          ?? throw new InvalidOperationException("OpenIddict let an unknown client through.");
        var identity = new ClaimsIdentity(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme, Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, request.ClientId);
        identity.SetClaim(Claims.Name, await applications.GetDisplayNameAsync(application, http.RequestAborted));
        identity.SetScopes(request.GetScopes());
        identity.SetDestinations(_ => [Destinations.AccessToken]);
        return Results.SignIn(new ClaimsPrincipal(identity), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }
}
