using Microsoft.Playwright;

namespace OpenChorus.EndToEnd;

/// <summary>Debian's Chromium driven by Playwright (browsers cannot be downloaded here).</summary>
public sealed class Browser : IAsyncLifetime
{
    private IPlaywright? _playwright;

    public IBrowser Instance { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        _playwright = await Playwright.CreateAsync();
        var args = new List<string>
        {
            "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
        };
        if (Environment.UserName == "root")
        {
            args.Add("--no-sandbox");
        }

        Instance = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("OPENCHORUS_CHROMIUM") ?? "/usr/bin/chromium",
            Headless = true,
            Args = args,
        });
    }

    public async ValueTask DisposeAsync()
    {
        if (Instance is not null)
        {
            await Instance.DisposeAsync();
        }

        _playwright?.Dispose();
    }
}
