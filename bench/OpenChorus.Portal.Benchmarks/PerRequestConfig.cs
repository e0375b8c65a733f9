using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace OpenChorus.Portal.Benchmarks;

/// <summary>One request per iteration, a hundred iterations: the percentiles are those of single requests, as a user
/// waits for them (the 95th is the figure the issue sets).</summary>
public sealed class PerRequestConfig : ManualConfig
{
    public PerRequestConfig()
    {
        AddJob(Job.Default.WithLaunchCount(1).WithWarmupCount(10).WithIterationCount(100).WithInvocationCount(1).WithUnrollFactor(1)
            .WithToolchain(InProcessEmitToolchain.Instance)); // the portal is the process under test: no boilerplate build
        AddColumn(StatisticColumn.Median, StatisticColumn.P95, StatisticColumn.Max);
    }
}
