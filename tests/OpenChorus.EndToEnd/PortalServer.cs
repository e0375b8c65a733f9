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
        builder.UseTestInfrastructure(_database, Mail);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Mail.DisposeAsync();
        _database.Dispose();
    }
}
