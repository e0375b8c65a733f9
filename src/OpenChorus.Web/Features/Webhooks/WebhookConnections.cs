using System.Net;
using System.Net.Sockets;

namespace OpenChorus.Web.Features.Webhooks;

/// <summary>
/// The connection step of the webhook HTTP client: resolves the host itself and connects only to addresses
/// <see cref="WebhookUrls.MayConnect"/> allows, so a name that resolves (or later re-resolves) to a private address
/// is refused at the moment it matters.
/// </summary>
public static class WebhookConnections
{
    public static Func<SocketsHttpConnectionContext, CancellationToken, ValueTask<Stream>> Guarded(WebhookUrls urls) =>
        async (context, cancellationToken) =>
        {
            var host = context.DnsEndPoint.Host;
            var addresses = IPAddress.TryParse(host.Trim('[', ']'), out var literal)
                ? [literal]
                : await Dns.GetHostAddressesAsync(host, cancellationToken);
            var allowed = addresses.Where(urls.MayConnect).ToArray();
            if (allowed.Length == 0)
            {
                throw new WebhookAddressRefusedException();
            }

            var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(allowed, context.DnsEndPoint.Port, cancellationToken);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        };
}

/// <summary>The host resolved only to addresses a webhook may not reach.</summary>
public sealed class WebhookAddressRefusedException() : Exception(WebhookUrls.PrivateNetwork);
