namespace OpenChorus.Web.Features.Accounts;

/// <summary>Section "Accounts".</summary>
public sealed class AccountsOptions
{
    public const string Section = "Accounts";

    /// <summary>Activation and password-reset links are valid this long after they are sent (Chorus Pro: 60 minutes).</summary>
    public static readonly TimeSpan LinkValidity = TimeSpan.FromMinutes(60);

    /// <summary>Asks every user for a second factor after the password (Chorus Pro: mandatory since 18/09/2024).</summary>
    public bool RequireTwoFactor { get; set; } = true;

    /// <summary>Address of the portal written in e-mailed links when no request gives it (e.g. https://openchorus.example.org).
    /// Optional: links written during a request use that request's address.</summary>
    public Uri? PublicBaseUrl { get; set; }
}
