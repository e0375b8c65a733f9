using System.ComponentModel.DataAnnotations;

namespace OpenChorus.Web.Features.Accounts;

/// <summary>Section "Accounts:RateLimit": how many posts one client address may send to the anonymous pages that
/// check a password or a code, or send an e-mail, in each window.</summary>
public sealed class RateLimitOptions
{
    public const string Section = "Accounts:RateLimit";

    [Range(1, int.MaxValue)]
    public int PermitLimit { get; set; } = 20;

    [Range(1, 86_400)]
    public int WindowSeconds { get; set; } = 60;
}
