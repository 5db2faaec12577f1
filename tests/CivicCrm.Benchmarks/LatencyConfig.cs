using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace CivicCrm.Benchmarks;

/// <summary>One query per invocation and many iterations, so the median and P95 are over single queries.</summary>
public sealed class LatencyConfig : ManualConfig
{
    public LatencyConfig()
    {
        AddJob(Job.Default
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithWarmupCount(20)
            .WithIterationCount(200)
            .WithInvocationCount(1)
            .WithUnrollFactor(1)
            .WithLaunchCount(1)
            .WithId("Latency-InProcess"));
        AddColumn(StatisticColumn.P95);
    }
}
