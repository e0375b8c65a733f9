using QRCoder;

namespace OpenChorus.Web.Features.Accounts;

/// <summary>What an authenticator app needs: the shared key (base32) and the otpauth URI, also as a QR code (PNG).</summary>
public sealed record AuthenticatorSetup(string Key, string Uri)
{
    private const string Issuer = "OpenChorus";

    /// <summary>The key in groups of four, easier to type.</summary>
    public string FormattedKey => string.Join(' ', Key.Chunk(4).Select(c => new string(c))).ToLowerInvariant();

    public string QrCodeDataUri
    {
        get
        {
            using var generator = new QRCodeGenerator();
            using var data = generator.CreateQrCode(Uri, QRCodeGenerator.ECCLevel.Q);
            return "data:image/png;base64," + Convert.ToBase64String(new PngByteQRCode(data).GetGraphic(5));
        }
    }

    public static AuthenticatorSetup For(string email, string key) =>
        new(key, $"otpauth://totp/{System.Uri.EscapeDataString(Issuer)}:{System.Uri.EscapeDataString(email)}"
            + $"?secret={key}&issuer={System.Uri.EscapeDataString(Issuer)}&digits=6");
}
