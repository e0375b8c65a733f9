using System.Security.Cryptography;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace OpenChorus.Web.Features.Api.Accounts;

/// <summary>A client application as the administration page lists it.</summary>
public sealed record ApiClient(string Id, string ClientId, string Name);

/// <summary>Client applications (PISTE's "applications"): registered by a platform administrator, each with a client id
/// and a secret shown once; OpenIddict stores the secret hashed.</summary>
public sealed class ApiClients(IOpenIddictApplicationManager applications)
{
    public async Task<(string ClientId, string Secret)> CreateAsync(string name, CancellationToken cancellationToken)
    {
        var clientId = $"oc-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8))}";
        var secret = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        await applications.CreateAsync(new OpenIddictApplicationDescriptor
        {
            ClientId = clientId,
            ClientSecret = secret,
            ClientType = ClientTypes.Confidential,
            DisplayName = name.Trim(),
            Permissions = { Permissions.Endpoints.Token, Permissions.GrantTypes.ClientCredentials, Permissions.Prefixes.Scope + "openid" },
        }, cancellationToken);
        return (clientId, secret);
    }

    public async Task<IReadOnlyList<ApiClient>> ListAsync(CancellationToken cancellationToken)
    {
        var list = new List<ApiClient>();
        await foreach (var application in applications.ListAsync(count: 1000, offset: 0, cancellationToken))
        {
            list.Add(new ApiClient(
                (await applications.GetIdAsync(application, cancellationToken))!,
                (await applications.GetClientIdAsync(application, cancellationToken))!,
                await applications.GetDisplayNameAsync(application, cancellationToken) ?? ""));
        }

        return list.OrderBy(c => c.Name, StringComparer.CurrentCultureIgnoreCase).ToList();
    }

    public async Task<bool> DeleteAsync(string id, CancellationToken cancellationToken)
    {
        var application = await applications.FindByIdAsync(id, cancellationToken);
        if (application is null)
        {
            return false;
        }

        await applications.DeleteAsync(application, cancellationToken);
        return true;
    }
}
