using System.Globalization;

namespace OpenChorus.Flux.Benchmarks;

/// <summary>
/// The CPU time the PostgreSQL server used, when it runs on this machine and <c>OPENCHORUS_BENCH_POSTGRES_DATA</c> names
/// its data folder (Linux only): the postmaster and its backends, those that ended included. With the process's own
/// CPU it says whether a run is bound by the application, by the database, or by neither (waits).
/// </summary>
public static class PostgresCpu
{
    public const string Variable = "OPENCHORUS_BENCH_POSTGRES_DATA";

    /// <summary>Total CPU time so far, or null when it cannot be read.</summary>
    public static TimeSpan? Read()
    {
        try
        {
            var folder = Environment.GetEnvironmentVariable(Variable);
            if (string.IsNullOrEmpty(folder) || !OperatingSystem.IsLinux())
            {
                return null;
            }

            var postmaster = int.Parse(File.ReadLines(Path.Combine(folder, "postmaster.pid")).First(), CultureInfo.InvariantCulture);
            var ticks = 0L;
            foreach (var dir in Directory.EnumerateDirectories("/proc"))
            {
                if (!int.TryParse(Path.GetFileName(dir), CultureInfo.InvariantCulture, out var pid))
                {
                    continue;
                }

                var fields = Fields(dir);
                if (fields is not null && (pid == postmaster || fields[1] == postmaster.ToString(CultureInfo.InvariantCulture)))
                {
                    // utime, stime, and for the postmaster the ended backends' cutime and cstime.
                    ticks += long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
                    if (pid == postmaster)
                    {
                        ticks += long.Parse(fields[13], CultureInfo.InvariantCulture) + long.Parse(fields[14], CultureInfo.InvariantCulture);
                    }
                }
            }

            return TimeSpan.FromSeconds(ticks / 100.0); // USER_HZ
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException or InvalidOperationException)
        {
            return null;
        }
    }

    /// <summary>The fields of /proc/PID/stat after the command name: [0] state, [1] ppid, … [11] utime, [12] stime.</summary>
    private static string[]? Fields(string dir)
    {
        try
        {
            var stat = File.ReadAllText(Path.Combine(dir, "stat"));
            return stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        }
        catch (IOException)
        {
            return null;
        }
    }
}
