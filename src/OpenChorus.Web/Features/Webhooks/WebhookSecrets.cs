using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace OpenChorus.Web.Features.Webhooks;

/// <summary>
/// Signing secrets: generated at random, shown once, kept protected with the Data Protection keys every node shares
/// (they live in the database), and read back in clear only to sign a delivery.
/// </summary>
public sealed class WebhookSecrets(IDataProtectionProvider protection)
{
    private readonly IDataProtector _protector = protection.CreateProtector("OpenChorus.Webhooks.Secret.v1");

    /// <summary>"whsec_" and 32 random bytes in hexadecimal.</summary>
    public static string NewSecret() => "whsec_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));

    public string Protect(string secret) => _protector.Protect(secret);

    public string Unprotect(string protectedSecret) => _protector.Unprotect(protectedSecret);
}
