using System.Globalization;
using System.Text;
using HdrHistogram;

namespace OpenChorus.Load;

/// <summary>The plain report of a run: markdown tables on the console.</summary>
public static class Report
{
    public static string Write(LoadOptions options, RunResult run, string loadBefore, string loadAfter)
    {
        var text = new StringBuilder();
        void Line(FormattableString line) => text.AppendLine(line.ToString(CultureInfo.InvariantCulture));
        var loop = run.Loop;
        Line($"## OpenChorus load: {options.Mode}, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
        Line($"");
        Line($"{options.Nodes} node(s), PostgreSQL, {options.RequestsPerSecond:F1} deposer/flux per second of {options.PerFlux} invoice(s) (target {options.InvoicesPerSecond:F0} invoices/s), {options.Warmup.TotalSeconds:F0} s warm-up + {options.Duration.TotalSeconds:F0} s measured; Flux:IntervalMilliseconds {(options.NoIntegration ? 0 : options.FluxIntervalMilliseconds)}, Flux:LeaseSeconds {options.LeaseSeconds}.");
        Line($"Load average (1, 5, 15 min) before: {loadBefore}; after: {loadAfter}; {Environment.ProcessorCount} cores, shared.");
        Line($"");
        Line($"### deposer/flux latency, from the intended send time (open loop), measured window");
        Line($"");
        Line($"| answered | p50 ms | p95 ms | p99 ms | p99.9 ms | max ms | mean ms |");
        Line($"|---:|---:|---:|---:|---:|---:|---:|");
        var h = run.Loop.Latency;
        Line($"| {h.TotalCount} | {Ms(h.GetValueAtPercentile(50))} | {Ms(h.GetValueAtPercentile(95))} | {Ms(h.GetValueAtPercentile(99))} | {Ms(h.GetValueAtPercentile(99.9))} | {Ms(h.GetMaxValue())} | {h.GetMean() / 1000:F1} |");
        Line($"");
        Line($"### Requests (warm-up included)");
        Line($"");
        Line($"| sent | accepted | refused | failed (no answer) | no node up |");
        Line($"|---:|---:|---:|---:|---:|");
        Line($"| {loop.Sent} | {Count(loop, DepositOutcome.Accepted)} | {Count(loop, DepositOutcome.Refused)} | {Count(loop, DepositOutcome.Failed)} | {Count(loop, DepositOutcome.NoNode)} |");
        foreach (var (error, count) in loop.Errors.OrderByDescending(e => e.Value).Take(5))
        {
            Line($"- {count} × {error.ReplaceLineEndings(" ")}");
        }

        Line($"");
        Throughput(options, run, Line);
        var invoices = Math.Max(1, run.AtEnd.Invoices);
        var cpu = run.Cpu;
        Line($"CPU used from the first request to the end ({run.Wall.TotalSeconds:F0} s wall): server nodes {cpu.Nodes.TotalSeconds:F1} s, PostgreSQL backends of the run's database {cpu.Postgres.TotalSeconds:F1} s (a lower bound), this tool {cpu.Tool.TotalSeconds:F1} s; per invoice deposited and integrated: nodes {cpu.Nodes.TotalMilliseconds / invoices:F2} ms, PostgreSQL {cpu.Postgres.TotalMilliseconds / invoices:F2} ms ({run.AtEnd.Invoices} invoices).");
        Line($"");
        if (run.Check is { } check)
        {
            Line($"### Every accepted flux at the end (read in the database)");
            Line($"");
            Line($"| accepted | final | IN_INTEGRE | IN_INTEGRE_PARTIEL | IN_REJETE | lost | duplicated | invoices deposited | invoices created | invoices missing | final event ≠ 1 | answer lost (flux / invoices) | max claims of a flux |");
            Line($"|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
            Line($"| {check.Accepted} | {check.Final} | {State(check, "IN_INTEGRE")} | {State(check, "IN_INTEGRE_PARTIEL")} | {State(check, "IN_REJETE")} | {check.Lost} | {check.Duplicated} | {check.InvoicesDeposited} | {check.InvoicesCreated} | {check.InvoicesMissing} | {check.FinishedNotOnce} | {check.Unacknowledged} / {check.UnacknowledgedInvoices} | {check.MaxAttempts} |");
            Line($"");
            Line($"{(check.Passed ? "PASSED" : "FAILED")}: accepted {check.Accepted}, final {check.Final}, lost {check.Lost}, duplicated {check.Duplicated}.");
            Line($"");
        }

        if (run.Events.Count > 0)
        {
            Line($"### Events");
            Line($"");
            foreach (var line in run.Events)
            {
                Line($"- {line}");
            }
        }

        return text.ToString();
    }

    /// <summary>Invoices created per second (counted in the database) over the measured window and over its second half,
    /// the backlog when the deposits stopped and the time it took to drain.</summary>
    private static void Throughput(LoadOptions options, RunResult run, Action<FormattableString> line)
    {
        if (options.NoIntegration)
        {
            return;
        }

        var start = options.Warmup;
        var end = options.Warmup + options.Duration;
        var deposited = run.Loop.Accepted.Values.Sum(n => (long)n);
        line($"### Integration, counted in the database (invoices created from flux, flux in a final state)");
        line($"");
        line($"| target invoices/s | integrated invoices/s, measured window | second half | backlog when deposits stopped (flux / invoices) | time to drain | invoices accepted / integrated, whole run | whole run invoices/s |");
        line($"|---:|---:|---:|---:|---:|---:|---:|");
        var whole = run.DrainTime is { } drain ? run.AtEnd.Invoices / (run.DepositsEnded + drain).TotalSeconds : double.NaN;
        line($"| {options.InvoicesPerSecond:F0} | {Rate(run.Samples, start, end):F0} | {Rate(run.Samples, start + (end - start) / 2, end):F0} | {run.AtDepositsEnd.Pending} / {Math.Max(0, deposited - run.AtDepositsEnd.Invoices)} | {(run.DrainTime is { } d ? $"{d.TotalSeconds:F1} s" : "not drained")} | {deposited} / {run.AtEnd.Invoices} | {whole:F0} |");
        line($"");
    }

    /// <summary>Invoices created per second between the samples nearest to <paramref name="from"/> and <paramref name="to"/>.</summary>
    private static double Rate(IReadOnlyList<Sample> samples, TimeSpan from, TimeSpan to)
    {
        var first = samples.LastOrDefault(s => s.At <= from) ?? (samples.Count > 0 ? samples[0] : null);
        var last = samples.LastOrDefault(s => s.At <= to) ?? (samples.Count > 0 ? samples[^1] : null);
        return first is null || last is null || last.At <= first.At ? double.NaN : (last.Progress.Invoices - first.Progress.Invoices) / (last.At - first.At).TotalSeconds;
    }

    private static int Count(OpenLoop loop, DepositOutcome outcome) => loop.Outcomes.GetValueOrDefault(outcome);

    private static int State(IntegrityCheck check, string state) => check.ByState.GetValueOrDefault(state);

    private static string Ms(long microseconds) => (microseconds / 1000.0).ToString("F1", CultureInfo.InvariantCulture);

    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(", ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
}
