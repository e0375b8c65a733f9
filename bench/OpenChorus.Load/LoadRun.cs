using System.Globalization;

namespace OpenChorus.Load;

/// <summary>The database counts at one moment of the run (time since the first request was due).</summary>
public sealed record Sample(TimeSpan At, Progress Progress);

/// <summary>What a run measured, for the report.</summary>
public sealed record RunResult(
    OpenLoop Loop, IReadOnlyList<Sample> Samples, IReadOnlyList<string> Events, TimeSpan DepositsEnded, Progress AtDepositsEnd,
    TimeSpan? DrainTime, Progress AtEnd, IntegrityCheck? Check, CpuTimes Cpu, TimeSpan Wall);

/// <summary>
/// One run against the started nodes: the open-loop deposits, a count of the database every second (flux in a final
/// state and invoices created: the integration throughput is counted in the database, not through the API), in kill
/// mode the SIGKILL and the restart of the last node, then the wait for the backlog and the integrity check.
/// </summary>
public sealed class LoadRun(LoadOptions options, LoadDatabase database, ServerNodes nodes, Deposits deposits)
{
    private readonly List<Sample> _samples = [];
    private readonly List<string> _events = [];
    private readonly CpuTracker _cpu = new(database.Name);

    public async Task<RunResult> RunAsync()
    {
        var loop = new OpenLoop(deposits, nodes, options.RequestsPerSecond, options.PerFlux);
        using var stop = new CancellationTokenSource();
        var cpuStart = _cpu.Look(nodes.ProcessIds);
        var sampler = SampleAsync(loop, stop.Token);
        var sending = loop.RunAsync(options.Warmup, options.Duration);
        var killer = options.Mode == "kill" ? KillAndRestartAsync(loop) : Task.CompletedTask;
        await sending;
        var depositsEnded = loop.Elapsed;
        Log(loop, $"deposits ended: {loop.Sent} sent, {loop.Accepted.Count} accepted");
        var atDepositsEnd = await database.ProgressAsync();
        TimeSpan? drain = null;
        var atEnd = atDepositsEnd;
        if (!options.NoIntegration)
        {
            while (loop.Elapsed - depositsEnded < options.DrainTimeout)
            {
                atEnd = await database.ProgressAsync();
                if (atEnd.Pending == 0)
                {
                    drain = loop.Elapsed - depositsEnded;
                    break;
                }

                await Task.Delay(250);
            }

            Log(loop, drain is null ? $"backlog not drained after {options.DrainTimeout.TotalSeconds:F0} s" : $"backlog drained in {drain.Value.TotalSeconds:F1} s");
        }

        await killer;
        await stop.CancelAsync();
        await sampler;
        var cpu = _cpu.Look(nodes.ProcessIds) - cpuStart;
        var wall = loop.Elapsed;
        var check = options.NoIntegration ? null : await IntegrityCheck.RunAsync(database, loop.Accepted);
        return new RunResult(loop, _samples, _events, depositsEnded, atDepositsEnd, drain, atEnd, check, cpu, wall);
    }

    private async Task SampleAsync(OpenLoop loop, CancellationToken cancellationToken)
    {
        var lastPrint = TimeSpan.Zero;
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                await Task.Delay(1000, cancellationToken);
                var progress = await database.ProgressAsync();
                _cpu.Look(nodes.ProcessIds);
                var at = loop.Elapsed;
                lock (_samples)
                {
                    _samples.Add(new Sample(at, progress));
                }

                if (at - lastPrint >= TimeSpan.FromSeconds(10))
                {
                    lastPrint = at;
                    var window = _samples.Where(s => s.At >= at - TimeSpan.FromSeconds(10)).ToList();
                    var recent = window.Count > 1 ? (window[^1].Progress.Invoices - window[0].Progress.Invoices) / (window[^1].At - window[0].At).TotalSeconds : 0;
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"  t={at.TotalSeconds,5:F0}s sent {loop.Sent,7} accepted {loop.Accepted.Count,7} in flight {loop.InFlight,5} | flux {progress.Flux,7} final {progress.FinalFlux,7} pending {progress.Pending,6} | invoices {progress.Invoices,8} ({recent:F0}/s)"));
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The run is over.
        }
    }

    /// <summary>SIGKILL of the last node at <see cref="LoadOptions.KillAt"/> into the measured window, its restart
    /// <see cref="LoadOptions.RestartAfter"/> later, back in the rotation once /health/ready answers.</summary>
    private async Task KillAndRestartAsync(OpenLoop loop)
    {
        var node = nodes.Count - 1;
        while (loop.Elapsed < options.Warmup + options.KillAt)
        {
            await Task.Delay(50);
        }

        var pid = nodes.Kill(node);
        Log(loop, $"kill -9 node {node + 1} (pid {pid})");
        await Task.Delay(options.RestartAfter);
        nodes.Start(node);
        Log(loop, $"node {node + 1} started again (pid {nodes.ProcessId(node)})");
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        try
        {
            await nodes.WaitReadyAsync(http, node);
            Log(loop, $"node {node + 1} ready, back in the rotation");
        }
        catch (Exception exception) when (exception is TimeoutException or InvalidOperationException)
        {
            Log(loop, $"node {node + 1} did not come back: {exception.Message}");
        }
    }

    private void Log(OpenLoop loop, string text)
    {
        var line = string.Create(CultureInfo.InvariantCulture, $"t={loop.Elapsed.TotalSeconds:F1}s {text}");
        lock (_events)
        {
            _events.Add(line);
        }

        Console.WriteLine("  " + line);
    }
}
