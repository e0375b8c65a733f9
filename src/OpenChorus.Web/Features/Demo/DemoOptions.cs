namespace OpenChorus.Web.Features.Demo;

/// <summary>Section "Demo": seeds a small data set a newcomer can log into (on in Development only).</summary>
public sealed class DemoOptions
{
    public const string Section = "Demo";

    public bool Seed { get; set; }

    /// <summary>The one password of every demo login; listed in the README. Demo data only, never production.</summary>
    public string Password { get; set; } = "Demo-OpenChorus-2026!";
}
