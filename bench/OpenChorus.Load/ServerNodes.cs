using System.Diagnostics;
using System.Globalization;

namespace OpenChorus.Load;

/// <summary>
/// The servers under test: <c>dotnet OpenChorus.Web.dll</c> processes in Production, each on its own port, all on the
/// run's database, each with its flux processor. They can be killed with SIGKILL and started again; their output goes
/// to one log file per node in the run's folder.
/// </summary>
public sealed class ServerNodes(LoadOptions options, string serverDll, string connectionString, string logFolder) : IAsyncDisposable
{
    private readonly Process?[] _processes = new Process?[options.Nodes];
    private readonly bool[] _up = new bool[options.Nodes];
    private int _next;

    public int Count => _processes.Length;

    public Uri Address(int node) => new($"http://127.0.0.1:{options.FirstPort + node}");

    /// <summary>The next node that is up (round robin), as a load balancer with health checks would pick; null if none.</summary>
    public Uri? Pick()
    {
        for (var i = 0; i < _up.Length; i++)
        {
            var node = (int)((uint)Interlocked.Increment(ref _next) % (uint)_up.Length);
            if (Volatile.Read(ref _up[node]))
            {
                return Address(node);
            }
        }

        return null;
    }

    public async Task StartAllAsync(HttpClient http)
    {
        for (var node = 0; node < Count; node++)
        {
            Start(node);
        }

        for (var node = 0; node < Count; node++)
        {
            await WaitReadyAsync(http, node);
        }
    }

    public void Start(int node)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(serverDll)!,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        info.ArgumentList.Add(serverDll);
        var settings = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["ASPNETCORE_URLS"] = Address(node).ToString().TrimEnd('/'),
            ["Database__Provider"] = "Postgres",
            ["Database__ConnectionString"] = connectionString,
            ["Flux__IntervalMilliseconds"] = (options.NoIntegration ? 0 : options.FluxIntervalMilliseconds).ToString(CultureInfo.InvariantCulture),
            ["Flux__LeaseSeconds"] = options.LeaseSeconds.ToString(CultureInfo.InvariantCulture),
            ["Flux__Node"] = $"load-node{node + 1}-{DateTime.UtcNow:HHmmss}",
            ["Webhooks__DispatchIntervalMilliseconds"] = "0",
            // Production refuses to start without an SMTP relay; nobody of the run receives mail (NotifyInvoicing off).
            ["Mail__Smtp__Host"] = "127.0.0.1",
            ["Logging__LogLevel__Default"] = "Warning",
            ["Logging__LogLevel__Microsoft.AspNetCore"] = "Warning",
        };
        foreach (var (key, value) in settings)
        {
            info.Environment[key] = value;
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start.");
        var log = new StreamWriter(Path.Combine(logFolder, $"node{node + 1}.log"), append: true) { AutoFlush = true };
        log.WriteLine($"--- started {DateTime.UtcNow:O} pid {process.Id}");
        process.OutputDataReceived += (_, e) => Write(log, e.Data);
        process.ErrorDataReceived += (_, e) => Write(log, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _processes[node] = process;
    }

    private static void Write(StreamWriter log, string? line)
    {
        if (line is not null)
        {
            lock (log)
            {
                log.WriteLine(line);
            }
        }
    }

    /// <summary>Polls /health/ready (the database answers) until it says so, then takes the node into the rotation.</summary>
    public async Task WaitReadyAsync(HttpClient http, int node)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromMinutes(3))
        {
            if (_processes[node] is { HasExited: true } exited)
            {
                throw new InvalidOperationException($"Node {node + 1} exited with code {exited.ExitCode}; see {logFolder}.");
            }

            try
            {
                using var response = await http.GetAsync(new Uri(Address(node), "/health/ready"));
                if (response.IsSuccessStatusCode)
                {
                    Volatile.Write(ref _up[node], true);
                    return;
                }
            }
            catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet, or too busy starting to answer within the client's timeout.
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"Node {node + 1} did not answer /health/ready within 3 minutes; see {logFolder}.");
    }

    /// <summary>Out of the rotation, then SIGKILL (Process.Kill on Unix): no shutdown, no flush, leases left held.</summary>
    public int Kill(int node)
    {
        Volatile.Write(ref _up[node], false);
        var process = _processes[node]!;
        var pid = process.Id;
        process.Kill();
        process.WaitForExit();
        return pid;
    }

    public int ProcessId(int node) => _processes[node]?.Id ?? 0;

    public IEnumerable<int> ProcessIds => _processes.Select((_, node) => ProcessId(node)).ToList();

    public async ValueTask DisposeAsync()
    {
        foreach (var process in _processes.OfType<Process>().Where(p => !p.HasExited))
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    /// <summary>Publishes src/OpenChorus.Web (Release) into <paramref name="folder"/> and answers its dll.</summary>
    public static async Task<string> PublishAsync(string folder)
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "OpenChorus.slnx")))
        {
            root = root.Parent;
        }

        if (root is null)
        {
            throw new InvalidOperationException("Run the tool from a checkout of OpenChorus, or give --server-dll.");
        }

        var info = new ProcessStartInfo("dotnet") { WorkingDirectory = root.FullName, UseShellExecute = false };
        foreach (var argument in new[] { "publish", "src/OpenChorus.Web", "-c", "Release", "-o", folder, "--nologo", "-v", "quiet" })
        {
            info.ArgumentList.Add(argument);
        }

        using var publish = Process.Start(info)!;
        await publish.WaitForExitAsync();
        return publish.ExitCode == 0
            ? Path.Combine(folder, "OpenChorus.Web.dll")
            : throw new InvalidOperationException("dotnet publish src/OpenChorus.Web failed.");
    }
}
