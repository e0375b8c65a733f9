using System.Globalization;

namespace OpenChorus.Web.Features.Shared;

/// <summary>Dates are stored in UTC and shown to users in metropolitan French time, as Chorus Pro does.</summary>
public static class FrenchTime
{
    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    /// <summary>"26/11/2026 15:04:05" in Paris time.</summary>
    public static string Display(this DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Paris).ToString("dd/MM/yyyy HH:mm:ss", French);
}
