using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Options;

namespace OpenChorus.Web.Features.Webhooks;

/// <summary>
/// Where deliveries may go: HTTPS to public addresses only, so that a webhook cannot make the platform call its own
/// network (SSRF). Checked on the URL at registration, and again on the resolved addresses at each connection.
/// </summary>
public sealed class WebhookUrls(IOptions<WebhooksOptions> options)
{
    public const string PrivateNetwork =
        "L'adresse désigne un réseau privé ou local : indiquez une adresse publique, joignable depuis internet.";

    /// <summary>The French reason the URL is refused, or null when it is acceptable.</summary>
    public string? Refusal(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return "Indiquez l'adresse à laquelle envoyer les évènements.";
        }

        if (url.Length > WebhookEndpoint.UrlMaxLength)
        {
            return $"L'adresse ne doit pas dépasser {WebhookEndpoint.UrlMaxLength} caractères.";
        }

        if (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http") || uri.Host.Length == 0)
        {
            return "L'adresse n'est pas valide : saisissez-la sous la forme https://exemple.fr/webhooks.";
        }

        var loopbackAllowed = options.Value.AllowHttpLocalhost && IsLoopbackHost(uri);
        if (uri.Scheme != "https" && !loopbackAllowed)
        {
            return "L'adresse doit commencer par https:// : les évènements ne sont envoyés qu'en HTTPS.";
        }

        if (uri.UserInfo.Length > 0)
        {
            return "L'adresse ne doit contenir ni identifiant ni mot de passe : le secret de signature authentifie les envois.";
        }

        if (uri.Fragment.Length > 0)
        {
            return "L'adresse ne doit pas contenir de fragment (partie après #).";
        }

        var local = uri.HostNameType is UriHostNameType.IPv4 or UriHostNameType.IPv6
            ? !IsPublic(IPAddress.Parse(uri.DnsSafeHost))
            : uri.IsLoopback || uri.Host.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase) || uri.Host.EndsWith(".local", StringComparison.OrdinalIgnoreCase);
        return local && !loopbackAllowed ? PrivateNetwork : null;
    }

    /// <summary>May a delivery open a connection to this resolved address?</summary>
    public bool MayConnect(IPAddress address) =>
        IsPublic(address) || (options.Value.AllowHttpLocalhost && IPAddress.IsLoopback(address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address));

    private static bool IsLoopbackHost(Uri uri) =>
        uri.IsLoopback && (uri.HostNameType != UriHostNameType.Dns || uri.Host.Equals("localhost", StringComparison.OrdinalIgnoreCase));

    /// <summary>False for loopback, private (RFC 1918, unique local), link-local, shared (CGNAT), multicast and reserved ranges.</summary>
    public static bool IsPublic(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            var b = address.GetAddressBytes();
            return !(b[0] is 0 or 10 or 127 || b[0] >= 224
                     || (b[0] == 100 && b[1] >= 64 && b[1] < 128)
                     || (b[0] == 169 && b[1] == 254)
                     || (b[0] == 172 && b[1] >= 16 && b[1] < 32)
                     || (b[0] == 192 && b[1] == 0 && b[2] == 0)
                     || (b[0] == 192 && b[1] == 168)
                     || (b[0] == 198 && b[1] is 18 or 19));
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return false;
        }

        var bytes = address.GetAddressBytes();
        return !(IPAddress.IsLoopback(address) || address.Equals(IPAddress.IPv6None) || address.IsIPv6LinkLocal || address.IsIPv6SiteLocal
                 || address.IsIPv6Multicast || (bytes[0] & 0xFE) == 0xFC);
    }
}
