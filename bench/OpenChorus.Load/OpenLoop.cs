using System.Collections.Concurrent;
using System.Diagnostics;
using HdrHistogram;

namespace OpenChorus.Load;

/// <summary>
/// An open-loop sender: request i is due at <c>i / rate</c> seconds, whatever the answers to the others, and its
/// latency runs from that intended time (not from when it actually left), so a stalled server shows in the figures
/// instead of slowing the sender down (no coordinated omission). The answers of the measured window go into an
/// HdrHistogram in microseconds; every accepted numeroFluxDepot is kept with its invoice count for the final check.
/// </summary>
public sealed class OpenLoop(Deposits deposits, ServerNodes nodes, double rate, int perFlux)
{
    private readonly LongHistogram _latency = new(TimeSpan.FromMinutes(2).Ticks / 10, 3);
    private readonly ConcurrentDictionary<DepositOutcome, int> _outcomes = new();
    private readonly ConcurrentDictionary<string, int> _errors = new();
    private readonly Stopwatch _clock = new();
    private int _inFlight;

    /// <summary>Every accepted flux number and the invoices it holds (warm-up included).</summary>
    public ConcurrentDictionary<string, int> Accepted { get; } = new();

    public long Sent { get; private set; }

    public int InFlight => Volatile.Read(ref _inFlight);

    /// <summary>Time since the first request was due.</summary>
    public TimeSpan Elapsed => _clock.Elapsed;

    /// <summary>Outcomes of every request, warm-up included.</summary>
    public IReadOnlyDictionary<DepositOutcome, int> Outcomes => _outcomes;

    /// <summary>The distinct failure messages (first 200 characters) and how often each came.</summary>
    public IReadOnlyDictionary<string, int> Errors => _errors;

    /// <summary>Latencies in microseconds of the answered requests of the measured window.</summary>
    public HistogramBase Latency => _latency;

    /// <summary>Sends at the rate for <paramref name="warmup"/> then <paramref name="measured"/>, on a thread of its own;
    /// completes when every request has its answer (or failure).</summary>
    public async Task RunAsync(TimeSpan warmup, TimeSpan measured)
    {
        var total = (long)Math.Round((warmup + measured).TotalSeconds * rate);
        var pending = new ConcurrentBag<Task>();
        var scheduler = Task.Factory.StartNew(() =>
        {
            _clock.Start();
            for (long i = 0; i < total; i++)
            {
                var due = TimeSpan.FromSeconds(i / rate);
                var wait = due - _clock.Elapsed;
                if (wait > TimeSpan.Zero)
                {
                    Thread.Sleep(wait);
                }

                var inWindow = due >= warmup;
                Interlocked.Increment(ref _inFlight);
                pending.Add(Task.Run(() => SendAsync(due, inWindow)));
                Sent = i + 1;
            }
        }, TaskCreationOptions.LongRunning);
        await scheduler;
        await Task.WhenAll(pending);
    }

    private async Task SendAsync(TimeSpan due, bool inWindow)
    {
        try
        {
            var body = deposits.NextBody();
            var node = nodes.Pick();
            var (outcome, number, detail) = node is null
                ? (DepositOutcome.NoNode, null, "no node in the rotation")
                : await deposits.DepositAsync(node, body);
            var latency = _clock.Elapsed - due;
            if (number is not null)
            {
                Accepted[number] = perFlux;
            }

            _outcomes.AddOrUpdate(outcome, 1, (_, n) => n + 1);
            if (detail is not null)
            {
                _errors.AddOrUpdate(detail, 1, (_, n) => n + 1);
            }

            if (inWindow && outcome is DepositOutcome.Accepted or DepositOutcome.Refused)
            {
                lock (_latency)
                {
                    _latency.RecordValue(Math.Max(1, latency.Ticks / 10));
                }
            }
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
        }
    }
}
