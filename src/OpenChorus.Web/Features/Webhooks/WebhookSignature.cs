using System.Security.Cryptography;
using System.Text;

namespace OpenChorus.Web.Features.Webhooks;

/// <summary>
/// <c>OpenChorus-Signature: v1=&lt;hex HMAC-SHA256(secret, timestamp + "." + body)&gt;</c>, the secret's UTF-8 bytes
/// as key (docs/webhooks.md shows how a receiver checks it).
/// </summary>
public static class WebhookSignature
{
    public const string EventIdHeader = "OpenChorus-Event-Id";
    public const string EventTypeHeader = "OpenChorus-Event-Type";
    public const string TimestampHeader = "OpenChorus-Timestamp";
    public const string SignatureHeader = "OpenChorus-Signature";

    public static string Sign(string secret, long timestamp, string body)
    {
        var signed = Encoding.UTF8.GetBytes(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{timestamp}.{body}"));
        return "v1=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), signed));
    }
}
