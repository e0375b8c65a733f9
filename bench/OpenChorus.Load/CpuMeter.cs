using System.Globalization;

namespace OpenChorus.Load;

/// <summary>CPU time spent by the parts of a run, from /proc (Linux): the machine is shared, so the CPU each part used
/// per invoice says more than the wall-clock rates alone.</summary>
public sealed record CpuTimes(TimeSpan Nodes, TimeSpan Postgres, TimeSpan Tool)
{
    public static CpuTimes operator -(CpuTimes end, CpuTimes start) =>
        new(end.Nodes - start.Nodes, end.Postgres - start.Postgres, end.Tool - start.Tool);
}

/// <summary>Keeps the last CPU time seen of every node process and PostgreSQL backend of the run, so that a killed node
/// or an ended backend still counts with what it had used at the last look (looks every second).</summary>
public sealed class CpuTracker(string database)
{
    private readonly Dictionary<int, TimeSpan> _nodes = [];
    private readonly Dictionary<int, TimeSpan> _backends = [];

    public CpuTimes Look(IEnumerable<int> nodePids)
    {
        lock (_nodes)
        {
            foreach (var pid in nodePids.Where(p => p > 0))
            {
                var time = CpuMeter.Of(pid);
                if (time > TimeSpan.Zero)
                {
                    _nodes[pid] = time;
                }
            }

            foreach (var (pid, time) in CpuMeter.PostgresBackends(database))
            {
                _backends[pid] = time;
            }

            return new CpuTimes(Sum(_nodes.Values), Sum(_backends.Values), CpuMeter.Of(Environment.ProcessId));
        }
    }

    private static TimeSpan Sum(IEnumerable<TimeSpan> times) => times.Aggregate(TimeSpan.Zero, (a, b) => a + b);
}

public static class CpuMeter
{
    private const double TicksPerSecond = 100; // USER_HZ

    /// <summary>utime + stime of a process; zero when it is gone or /proc is not there.</summary>
    public static TimeSpan Of(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
            return TimeSpan.FromSeconds(ticks / TicksPerSecond);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException)
        {
            return TimeSpan.Zero;
        }
    }

    /// <summary>The PostgreSQL backends serving <paramref name="database"/> now (their command line names it) and their
    /// CPU time. The server's shared processes (WAL writer, checkpointer) are not counted: a lower bound.</summary>
    public static IReadOnlyList<(int Pid, TimeSpan Time)> PostgresBackends(string database)
    {
        var backends = new List<(int, TimeSpan)>();
        if (!Directory.Exists("/proc"))
        {
            return backends;
        }

        foreach (var folder in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(folder), NumberStyles.None, CultureInfo.InvariantCulture, out var pid))
            {
                continue;
            }

            try
            {
                var command = File.ReadAllText(Path.Combine(folder, "cmdline"));
                if (command.StartsWith("postgres: ", StringComparison.Ordinal) && command.Contains($" {database} ", StringComparison.Ordinal))
                {
                    backends.Add((pid, Of(pid)));
                }
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                // The process ended meanwhile.
            }
        }

        return backends;
    }
}
