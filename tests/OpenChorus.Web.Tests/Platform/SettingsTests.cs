using Microsoft.Extensions.Options;
using OpenChorus.Web.Tests.Infrastructure;

namespace OpenChorus.Web.Tests.Platform;

public sealed class SettingsTests
{
    [Fact]
    public async Task Start_PostgresWithoutConnectionString_FailsNamingTheSetting()
    {
        await using var app = new TestApp();
        app.Settings["Database:Provider"] = "Postgres";
        app.Settings["Database:ConnectionString"] = "";

        var error = Assert.ThrowsAny<Exception>(() => app.CreateClient());

        Assert.Contains("Database:ConnectionString est obligatoire", Describe(error), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_NoSmtpRelayOutsideDevelopment_FailsNamingTheSetting()
    {
        await using var app = new TestApp();
        app.Settings["Mail:Smtp:Host"] = "";
        app.Settings["Mail:DevMailbox"] = "false";

        var error = Assert.ThrowsAny<Exception>(() => app.CreateClient());

        Assert.Contains("Mail:Smtp:Host est obligatoire", Describe(error), StringComparison.Ordinal);
    }

    private static string Describe(Exception error) => error switch
    {
        OptionsValidationException o => string.Join(" ", o.Failures),
        AggregateException a => string.Join(" ", a.InnerExceptions.Select(Describe)),
        _ => error.Message + (error.InnerException is null ? "" : " " + Describe(error.InnerException)),
    };
}
