using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace OpenChorus.Portal.Benchmarks;

/// <summary>An HTTP client signed in through the real login page, as a browser would be.</summary>
public static partial class SignedInClient
{
    public static async Task<HttpClient> CreateAsync(PortalHost host, string email, string password)
    {
        var client = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var form = await client.GetStringAsync(new Uri("/accounts/public/login", UriKind.Relative));
        var token = Token().Match(form).Groups[1].Value;
        using var response = await client.PostAsync(new Uri("/accounts/public/login", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = email,
            ["Password"] = password,
            ["__RequestVerificationToken"] = token,
        }));
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Login of {email} failed: {(int)response.StatusCode}");
        }

        return client;
    }

    /// <summary>GETs a page and fails loudly on anything but 200, so a broken page is never timed as a fast one.</summary>
    public static async Task<int> PageAsync(this HttpClient client, string url)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        return response.StatusCode == HttpStatusCode.OK ? body.Length : throw new InvalidOperationException($"GET {url}: {(int)response.StatusCode}");
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
