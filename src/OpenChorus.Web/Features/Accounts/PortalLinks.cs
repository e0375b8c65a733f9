using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace OpenChorus.Web.Features.Accounts;

/// <summary>Absolute links for e-mails, and the encoding of Identity tokens in them.</summary>
public sealed class PortalLinks(IHttpContextAccessor http, IOptions<AccountsOptions> options)
{
    public string Absolute(string path, IDictionary<string, string?> query)
    {
        var request = http.HttpContext?.Request;
        var root = options.Value.PublicBaseUrl?.ToString().TrimEnd('/')
            ?? (request is null
                ? throw new InvalidOperationException("Accounts:PublicBaseUrl is required to write links outside a request.")
                : $"{request.Scheme}://{request.Host}{request.PathBase}");
        return QueryHelpers.AddQueryString(root + path, query);
    }

    public static string EncodeToken(string token) => WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));

    /// <summary>The Identity token, or null when the link was mangled.</summary>
    public static string? DecodeToken(string? encoded)
    {
        if (string.IsNullOrEmpty(encoded))
        {
            return null;
        }

        try
        {
            return Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(encoded));
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
