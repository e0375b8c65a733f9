using System.Globalization;
using Microsoft.AspNetCore.Hosting;

namespace OpenChorus.Testing;

public static class TestHostSettings
{
    /// <summary>
    /// Points the application at its private database and SMTP server, with no demo data. Test classes post to the
    /// login pages far more often than a person would, so the anonymous-post rate limit is set out of their way
    /// (the rate-limit tests set their own). Webhook tests receive on a loopback port, which production refuses.
    /// </summary>
    public static IWebHostBuilder UseTestInfrastructure(this IWebHostBuilder builder, TestDatabase database, SmtpSink mail) =>
        builder.UseEnvironment("Testing")
            .UseSetting("Database:Provider", database.Provider)
            .UseSetting("Database:ConnectionString", database.ConnectionString)
            .UseSetting("Mail:Smtp:Host", "127.0.0.1")
            .UseSetting("Mail:Smtp:Port", mail.Port.ToString(CultureInfo.InvariantCulture))
            .UseSetting("Mail:Smtp:Security", "None")
            .UseSetting("Mail:PollIntervalMilliseconds", "50")
            .UseSetting("Demo:Seed", "false")
            .UseSetting("Accounts:RateLimit:PermitLimit", "100000")
            .UseSetting("Webhooks:AllowHttpLocalhost", "true");
}
