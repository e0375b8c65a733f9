using System.Globalization;
using OpenChorus.Web.Features.Api.Wire;

namespace OpenChorus.Web.Features.Api.Structures;

/// <summary>A service's validity dates (calendar dates) in the formats of the fields that carry them.</summary>
public static class ServiceDates
{
    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    /// <summary>"2016-10-25 00:00", as dateDbtService / dateFinService.</summary>
    public static string? Minutes(DateOnly? date) =>
        date?.ToString("yyyy-MM-dd' 00:00'", CultureInfo.InvariantCulture);

    /// <summary>"2016-12-28T00:00:00+01:00": midnight in Paris, as a service attachment's dateDebut / dateFin.</summary>
    public static string? OffsetSeconds(DateOnly? date) =>
        date is { } d ? CproDates.OffsetSeconds(TimeZoneInfo.ConvertTimeToUtc(d.ToDateTime(TimeOnly.MinValue), Paris)) : null;
}
