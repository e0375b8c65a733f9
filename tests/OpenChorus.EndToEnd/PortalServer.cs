using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using OpenChorus.Testing;

namespace OpenChorus.EndToEnd;

/// <summary>The real application listening on a loopback port (Kestrel), with its own database and SMTP server.</summary>
public sealed class PortalServer : WebApplicationFactory<Program>
{
    private readonly TestDatabase _database = new();

    public PortalServer()
    {
        UseKestrel(0);
        StartServer();
    }

    public SmtpSink Mail { get; } = new();

    public Uri BaseAddress => ClientOptions.BaseAddress;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", _database.Provider);
        builder.UseSetting("Database:ConnectionString", _database.ConnectionString);
        builder.UseSetting("Mail:Smtp:Host", "127.0.0.1");
        builder.UseSetting("Mail:Smtp:Port", Mail.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Mail:Smtp:Security", "None");
        builder.UseSetting("Mail:PollIntervalMilliseconds", "100");
        builder.UseSetting("Demo:Seed", "false");

        // The browser tests of one class post to the login pages far more often than a person would.
        builder.UseSetting("Accounts:RateLimit:PermitLimit", "100000");
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Mail.DisposeAsync();
        _database.Dispose();
    }
}
