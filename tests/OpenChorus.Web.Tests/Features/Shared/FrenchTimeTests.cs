using OpenChorus.Web.Features.Shared;

namespace OpenChorus.Web.Tests.Features.Shared;

public sealed class FrenchTimeTests
{
    [Theory]
    [InlineData("2026-11-26T09:00:00", "26/11/2026 10:00:00")]
    [InlineData("2026-07-01T12:30:15", "01/07/2026 14:30:15")]
    [InlineData("2026-12-31T23:30:00", "01/01/2027 00:30:00")]
    public void Display_UtcTimestamp_ShowsParisTime(string utc, string expected) =>
        Assert.Equal(expected, DateTime.Parse(utc, System.Globalization.CultureInfo.InvariantCulture).Display());
}
