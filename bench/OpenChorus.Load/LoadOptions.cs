using System.Globalization;

namespace OpenChorus.Load;

/// <summary>What a run does: <c>latency</c> (deposer/flux at a fixed rate of requests), <c>sustained</c> (a target rate
/// of invoices, as single flux or lots), <c>kill</c> (the same with one server process killed with SIGKILL and
/// restarted mid-run). Every mode ends with the integrity check of every accepted flux.</summary>
public sealed class LoadOptions
{
    public string Mode { get; private set; } = "sustained";

    /// <summary>The PostgreSQL server; a fresh database is created on it per run.</summary>
    public string Postgres { get; private set; } = "Host=127.0.0.1;Port=55461;Username=postgres";

    /// <summary>deposer/flux requests per second (open loop).</summary>
    public double RequestsPerSecond { get; private set; }

    public int PerFlux { get; private set; } = 1;

    public TimeSpan Duration { get; private set; }

    /// <summary>Sent at the rate before the measured window, not recorded (JIT, pools, caches).</summary>
    public TimeSpan Warmup { get; private set; } = TimeSpan.FromSeconds(10);

    public int Nodes { get; private set; } = 1;

    public int FirstPort { get; private set; } = 5610;

    /// <summary>OpenChorus.Web.dll of a published server; published by the tool into a temporary folder when absent.</summary>
    public string? ServerDll { get; private set; }

    public int FluxIntervalMilliseconds { get; private set; } = 200;

    /// <summary>Flux:LeaseSeconds of the nodes: how long a killed node's claimed flux wait before another takes them.</summary>
    public int LeaseSeconds { get; private set; } = 60;

    /// <summary>Seconds after the start of the measured window when the last node is killed (kill mode).</summary>
    public TimeSpan KillAt { get; private set; }

    public TimeSpan RestartAfter { get; private set; } = TimeSpan.FromSeconds(5);

    public TimeSpan DrainTimeout { get; private set; } = TimeSpan.FromMinutes(15);

    public bool Keep { get; private set; }

    /// <summary>The nodes do not integrate (Flux:IntervalMilliseconds=0): the deposit call alone.</summary>
    public bool NoIntegration { get; private set; }

    public const string Usage = """
        dotnet run -c Release --project bench/OpenChorus.Load -- <latency|sustained|kill> [options]
          --postgres "Host=127.0.0.1;Port=55461;Username=postgres"   server where a fresh database is created
          --rate N                 deposer/flux requests per second (latency: 200)
          --invoices-per-second N  target invoices per second (sustained: 500); rate = N / per-flux
          --per-flux N             invoices per flux (1: one UBL file; more: a zip lot)
          --duration S             measured seconds (latency 60, sustained 300, kill 120)
          --warmup S               seconds sent before the measure, not recorded (10)
          --nodes N                server processes sharing the database (kill: 2)
          --port P                 first node's port (5610)
          --server-dll PATH        a published OpenChorus.Web.dll (default: published into a temporary folder)
          --flux-interval MS       Flux:IntervalMilliseconds of the nodes (200)
          --lease-seconds S        Flux:LeaseSeconds of the nodes (60)
          --kill-at S              kill mode: seconds into the measure when the last node is killed (duration / 3)
          --restart-after S        kill mode: seconds before it is started again (5)
          --drain-timeout S        how long to wait for the backlog after the deposits (900)
          --no-integration         the nodes do not integrate (the deposit call alone)
          --keep                   keep the database
        """;

    public static LoadOptions Parse(string[] args)
    {
        var options = new LoadOptions();
        double? invoicesPerSecond = null;
        double? rate = null;
        double? duration = null;
        double? killAt = null;
        int? nodes = null;
        var rest = new Queue<string>(args);
        if (rest.Count > 0 && !rest.Peek().StartsWith("--", StringComparison.Ordinal))
        {
            options.Mode = rest.Dequeue();
        }

        while (rest.Count > 0)
        {
            var name = rest.Dequeue();
            string Value() => rest.Count > 0 ? rest.Dequeue() : throw new ArgumentException($"{name} needs a value.");
            double Number() => double.Parse(Value(), CultureInfo.InvariantCulture);
            switch (name)
            {
                case "--postgres": options.Postgres = Value(); break;
                case "--rate": rate = Number(); break;
                case "--invoices-per-second": invoicesPerSecond = Number(); break;
                case "--per-flux": options.PerFlux = Math.Max(1, (int)Number()); break;
                case "--duration": duration = Number(); break;
                case "--warmup": options.Warmup = TimeSpan.FromSeconds(Number()); break;
                case "--nodes": nodes = Math.Max(1, (int)Number()); break;
                case "--port": options.FirstPort = (int)Number(); break;
                case "--server-dll": options.ServerDll = Path.GetFullPath(Value()); break;
                case "--flux-interval": options.FluxIntervalMilliseconds = (int)Number(); break;
                case "--lease-seconds": options.LeaseSeconds = (int)Number(); break;
                case "--kill-at": killAt = Number(); break;
                case "--restart-after": options.RestartAfter = TimeSpan.FromSeconds(Number()); break;
                case "--drain-timeout": options.DrainTimeout = TimeSpan.FromSeconds(Number()); break;
                case "--no-integration": options.NoIntegration = true; break;
                case "--keep": options.Keep = true; break;
                default: throw new ArgumentException($"Unknown option {name}.");
            }
        }

        if (options.Mode is not ("latency" or "sustained" or "kill"))
        {
            throw new ArgumentException($"Unknown mode {options.Mode}: latency, sustained or kill.");
        }

        options.Nodes = nodes ?? (options.Mode == "kill" ? 2 : 1);
        options.Duration = TimeSpan.FromSeconds(duration ?? options.Mode switch { "latency" => 60, "kill" => 120, _ => 300 });
        options.RequestsPerSecond = rate ?? (invoicesPerSecond ?? options.Mode switch { "latency" => 200.0 * options.PerFlux, "kill" => 100, _ => 500 }) / options.PerFlux;
        options.KillAt = TimeSpan.FromSeconds(killAt ?? options.Duration.TotalSeconds / 3);
        return options;
    }

    public double InvoicesPerSecond => RequestsPerSecond * PerFlux;
}
