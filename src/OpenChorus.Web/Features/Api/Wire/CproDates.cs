using System.Globalization;

namespace OpenChorus.Web.Features.Api.Wire;

/// <summary>The date formats Chorus Pro answers with, field by field (README §2): a date, a date with minutes, and an
/// ISO date-time with milliseconds and the Paris offset. Clients decode each field in its own format.</summary>
public static class CproDates
{
    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    /// <summary>"2026-04-03".</summary>
    public static string Date(DateTime utc) => ToParis(utc).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>"2026-04-03" for a calendar date.</summary>
    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>"2016-10-25 17:42".</summary>
    public static string Minutes(DateTime utc) => ToParis(utc).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    /// <summary>"2018-02-16T15:10:25.536+01:00".</summary>
    public static string Offset(DateTime utc) => ToParis(utc).ToString("yyyy-MM-dd'T'HH:mm:ss.fffzzz", CultureInfo.InvariantCulture);

    /// <summary>"2016-12-28T08:31:19+01:00".</summary>
    public static string OffsetSeconds(DateTime utc) => ToParis(utc).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    private static DateTimeOffset ToParis(DateTime utc) =>
        TimeZoneInfo.ConvertTime(new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)), Paris);
}
